package org.thematica.service;

import java.util.List;
import java.util.Optional;

/** Every figure Thematica can draw, in the order they are listed and exported. */
public final class FigureCatalog {
    private FigureCatalog() {
    }

    public static List<FigureSource> all() {
        return List.of(
                new ThemeFrequencySource(),
                new ThematicMapSource(),
                new WordCloudSource(),
                new MatrixSource(),
                new AgreementTableSource(),
                new AgreementChartSource());
    }

    public static Optional<FigureSource> named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
