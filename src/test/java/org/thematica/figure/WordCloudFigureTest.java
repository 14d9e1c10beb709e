package org.thematica.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.cli.DemoProject;
import org.thematica.export.FigureExporter;
import org.thematica.export.FigureExporter.Format;
import org.thematica.figure.WordCloudFigure.Group;
import org.thematica.figure.WordCloudFigure.Word;
import org.thematica.service.FigureSource;
import org.thematica.service.Project;
import org.thematica.service.WordCloudSource;
import org.thematica.store.Database;
import org.thematica.testing.TestProjects;

/**
 * The word cloud figure: a deterministic layout inside its bounds without overlaps, laid out for
 * the size it is given, and exports that are the same file every time. Writes the demo's cloud
 * and an Arabic one to target/screenshots (cloud-*.png, .svg, .pdf) to be looked at.
 */
class WordCloudFigureTest {
    static final List<Group> GROUPS = List.of(new Group("foreign influence", "#009E73"),
            new Group("political instability", "#D55E00"), new Group("security vacuum", "#0072B2"));

    @TempDir
    Path dir;

    /** 160 words with falling counts, some Arabic and Turkish, in three groups and none. */
    static List<Word> words() {
        String[] seeds = {"militias", "الفراغ", "electricity", "Federation", "ışık", "reconstruction", "الحرب",
            "checkpoints", "İnsanlar", "parliament", "corruption", "Zarkand"};
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            String text = seeds[i % seeds.length] + (i < seeds.length ? "" : String.valueOf(i));
            out.add(new Word(text, 400 / (i + 1) + 1, i % 4 - 1));
        }
        return out;
    }

    static final FigureStyle STYLE = FigureStyle.plain();

    @Test
    void theSameWordsGiveTheSamePlacementInsideTheBoundsWithoutOverlaps() {
        Rectangle2D bounds = new Rectangle2D.Double(11, 11, 431, 270);
        WordCloudLayout a = new WordCloudFigure(words(), GROUPS, true, null).layout(bounds, STYLE);
        WordCloudLayout b = new WordCloudFigure(words(), GROUPS, true, null).layout(bounds, STYLE);
        assertThat(a.placed()).isEqualTo(b.placed());
        assertThat(a.dropped()).isEqualTo(b.dropped());
        assertThat(a.placed().size() + a.dropped()).isEqualTo(160);
        assertThat(a.placed().size()).as("most words fit").isGreaterThan(140);
        assertThat(a.placed().get(0).index()).as("the most frequent word is placed first").isZero();
        assertThat(a.area().getHeight()).as("the legend takes the bottom").isLessThan(bounds.getHeight());
        List<WordCloudLayout.Placed> placed = a.placed();
        for (int i = 0; i < placed.size(); i++) {
            Rectangle2D box = placed.get(i).box();
            assertThat(bounds.contains(box)).as(placed.get(i).text() + " inside").isTrue();
            assertThat(a.area().contains(box)).isTrue();
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(box.intersects(placed.get(j).box())).as(placed.get(i).text() + " and "
                        + placed.get(j).text()).isFalse();
            }
        }
        double previous = Double.MAX_VALUE;
        for (WordCloudLayout.Placed p : placed) {
            assertThat(p.size()).as("sizes fall with counts").isLessThanOrEqualTo(previous);
            previous = p.size();
        }
    }

    @Test
    void theLayoutIsMadeForTheBoundsItIsGiven() {
        WordCloudFigure figure = new WordCloudFigure(words(), GROUPS, false, null);
        WordCloudLayout small = figure.layout(new Rectangle2D.Double(0, 0, 300, 200), STYLE);
        WordCloudLayout large = figure.layout(new Rectangle2D.Double(0, 0, 900, 600), STYLE);
        assertThat(large.placed().get(0).size()).isGreaterThan(2 * small.placed().get(0).size());
        assertThat(large.area()).isEqualTo(new Rectangle2D.Double(0, 0, 900, 600)).as("one colour: no legend");
        assertThat(large.dropped()).isLessThanOrEqualTo(small.dropped());
        assertThat(figure.wordAt(new Rectangle2D.Double(0, 0, 900, 600), STYLE,
                large.placed().get(0).box().getCenterX(), large.placed().get(0).box().getCenterY()))
                .isEqualTo(words().get(0));
    }

    @Test
    void wordsReadAsTextInEveryPalette() {
        WordCloudFigure figure = new WordCloudFigure(words(), List.of(new Group("pale", "#F0E442")), true, null);
        for (PaletteMode mode : PaletteMode.values()) {
            FigureStyle style = STYLE.withPalette(mode);
            assertThat(WordCloudFigure.contrastOnWhite(figure.colour(0, style))).as(mode.key()).isGreaterThanOrEqualTo(3);
        }
        java.awt.Color grey = figure.colour(0, STYLE.withPalette(PaletteMode.GRAYSCALE));
        assertThat(grey.getRed()).isEqualTo(grey.getGreen()).isEqualTo(grey.getBlue());
    }

    @Test
    void theDemoCloudExportsTheSameFileTwiceAsPngSvgAndPdf() throws Exception {
        Path demo = dir.resolve("demo.thematica");
        DemoProject.build(demo, new PrintStream(java.io.OutputStream.nullOutputStream()));
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        try (Project p = Project.open(demo, Database.Mode.READ_ONLY, TestProjects.laterSession())) {
            FigureSource source = new WordCloudSource();
            FigureSettings settings = source.defaults().withLook(PaletteMode.COLOUR, "Words of the interviews",
                    "Figure 3. The 100 most frequent words of all documents, coloured by the theme whose passages"
                            + " hold them most often.", 453, 320, 300);
            for (Format format : Format.values()) {
                Path a = dir.resolve("a." + format.extension());
                Path b = dir.resolve("b." + format.extension());
                FigureExporter.write(source.build(p, p.analysis().corpus(), settings), settings.style(),
                        settings.widthPt(), settings.heightPt(), settings.dpi(), format, a);
                FigureExporter.write(source.build(p, p.analysis().corpus(), settings), settings.style(),
                        settings.widthPt(), settings.heightPt(), settings.dpi(), format, b);
                assertThat(Files.mismatch(a, b)).as(format + " identical").isEqualTo(-1L);
                Files.copy(a, shots.resolve("cloud-demo." + format.extension()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            String svg = Files.readString(dir.resolve("a.svg"));
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
            assertThat(svg).contains("Federation").contains("Words of the interviews").contains("security vacuum");
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("a.pdf")))) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(453f);
            }
            FigureSettings grey = settings.withLook(PaletteMode.GRAYSCALE, settings.title(), settings.caption(), 453,
                    320, 150);
            FigureExporter.write(source.build(p, p.analysis().corpus(), grey), grey.style(), 453, 320, 150, Format.PNG,
                    shots.resolve("cloud-demo-grayscale.png"));
            FigureSettings single = settings.withOption("colour", "single").withOption("forms", "stems")
                    .withOption("scope", "interviews");
            FigureExporter.write(source.build(p, p.analysis().corpus(), single), single.style(), 453, 320, 150,
                    Format.PNG, shots.resolve("cloud-demo-single.png"));
        }
    }

    @Test
    void anArabicCloudIsWrittenForLooking() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "arabic.txt", ARABIC);
            FigureSource source = new WordCloudSource();
            FigureSettings settings = source.defaults().withLook(PaletteMode.COLOUR, "كلمات المقابلات", "", 340, 220,
                    200).withOption("min-length", "2");
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            for (Format format : Format.values()) {
                FigureExporter.write(source.build(p, p.analysis().corpus(), settings), settings.style(), 340, 220, 200,
                        format, shots.resolve("cloud-arabic." + format.extension()));
            }
            WordCloudFigure figure = (WordCloudFigure) source.build(p, p.analysis().corpus(), settings);
            assertThat(figure.words()).extracting(Word::text).contains("الأمني", "الحرب");
        }
    }

    static final String ARABIC = "المحاور: كيف كانت الأوضاع بعد الانسحاب؟\n"
            + "حسن: الفراغ الأمني كان أخطر من الحرب نفسها. الفراغ الأمني ملأته الميليشيات، والميليشيات حكمت الطرق."
            + " الناس لا يطلبون المعجزات، يطلبون الكهرباء والماء. الكهرباء تنقطع كل يوم، والماء لا يصل.\n"
            + "المحاور: ومن المسؤول؟\n"
            + "حسن: لا أحد يعرف من المسؤول. انسحب الضباط وتركوا الجنود بلا أوامر. الحرب لم تنته، والأمن هش.\n";
}
