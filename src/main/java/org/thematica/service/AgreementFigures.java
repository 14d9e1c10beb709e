package org.thematica.service;

import java.util.ArrayList;
import java.util.List;
import org.thematica.analysis.agreement.AgreementInput;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.figure.FigureSettings;
import org.thematica.model.UserError;
import org.thematica.store.AgreementRepository.CoderCodings;

/**
 * What the agreement figures compare, kept in their settings' options so that the window and
 * {@code thematica figures} draw the same table and chart: {@code coder-a} and {@code coder-b}
 * (absent: the two coders with the most codings), {@code overlap} (the segment overlap, 80 by
 * default), and {@code documents} and {@code codes}, names one per line (absent: the default
 * scope of {@link AgreementService}).
 */
public final class AgreementFigures {
    public static final String CODER_A = "coder-a";
    public static final String CODER_B = "coder-b";
    public static final String OVERLAP = "overlap";
    public static final String DOCUMENTS = "documents";
    public static final String CODES = "codes";

    private AgreementFigures() {
    }

    /** A report, or why the figure cannot have one (one line, shown in its place). */
    public record Outcome(AgreementReport report, String problem) {
    }

    /** The comparison the settings ask for, the default pair of coders filled in. */
    public static AgreementService.Request request(Project project, FigureSettings settings) throws UserError {
        String a = settings.option(CODER_A, null);
        String b = settings.option(CODER_B, null);
        if (a == null || b == null) {
            List<String> pair = defaultPair(project.agreement().coders());
            if (pair.size() < 2) {
                throw new UserError("agreement needs two coders who have coded; this project has "
                        + (pair.isEmpty() ? "none" : "only " + pair.get(0)));
            }
            a = a == null ? (pair.get(0).equals(b) ? pair.get(1) : pair.get(0)) : a;
            b = b == null ? (pair.get(1).equals(a) ? pair.get(0) : pair.get(1)) : b;
        }
        int overlap;
        try {
            overlap = Integer.parseInt(settings.option(OVERLAP, "" + AgreementInput.DEFAULT_OVERLAP).strip());
        } catch (NumberFormatException e) {
            overlap = AgreementInput.DEFAULT_OVERLAP; // settings from a newer version must still draw
        }
        return new AgreementService.Request(a, b, names(settings.option(DOCUMENTS, null)),
                names(settings.option(CODES, null)), Math.max(1, Math.min(100, overlap)));
    }

    /** The two coders with the most codings (none of them without codings), the most first. */
    public static List<String> defaultPair(List<CoderCodings> coders) {
        List<String> out = new ArrayList<>();
        for (CoderCodings c : coders) {
            if (c.codings() > 0 && out.size() < 2) {
                out.add(c.name());
            }
        }
        return out;
    }

    /** The settings with this comparison in their options. */
    public static FigureSettings with(FigureSettings settings, AgreementService.Request request) {
        return settings.withOption(CODER_A, request.coderA()).withOption(CODER_B, request.coderB())
                .withOption(OVERLAP, String.valueOf(request.overlapPercent()))
                .withOption(DOCUMENTS, request.documents() == null ? null : String.join("\n", request.documents()))
                .withOption(CODES, request.codes() == null ? null : String.join("\n", request.codes()));
    }

    /** The report for the settings, or the one-line reason there is none. Reads the project. */
    static Outcome report(Project project, FigureSettings settings) {
        try {
            return new Outcome(project.agreement().compute(request(project, settings)), null);
        } catch (UserError e) {
            String problem = e.getMessage();
            return new Outcome(null, "No agreement to show: " + problem + ".");
        }
    }

    private static List<String> names(String option) {
        if (option == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String name : option.split("\n")) {
            if (!name.isBlank()) {
                out.add(name.strip());
            }
        }
        return out.isEmpty() ? null : out;
    }
}
