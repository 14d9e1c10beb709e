package org.thematica.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.analysis.ThemeFrequencies.Measure;
import org.thematica.analysis.ThemeFrequencies.Result;
import org.thematica.analysis.ThemeFrequencies.Row;
import org.thematica.analysis.ThemeFrequencies.Subject;
import org.thematica.figure.BarChartFigure.Bar;
import org.thematica.figure.FigureSettings;
import org.thematica.model.DocumentKind;
import org.thematica.service.Project;
import org.thematica.service.ThemeFrequencySource;
import org.thematica.testing.FrequencyFixture;
import org.thematica.ui.common.Background;
import org.thematica.ui.workbench.PassageRequest;
import org.thematica.ui.workbench.WorkbenchContext;

/** The chart's view model without a window: live numbers, saved choices, the passages behind a bar. */
@ExtendWith(ApplicationExtension.class)
class BarChartViewModelTest {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final FxRobot fx = new FxRobot();
    private Project project;
    private Background background;
    private WorkbenchContext context;
    private BarChartViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        Path dir = Files.createTempDirectory("chart-model");
        project = FrequencyFixture.create(dir);
        background = new Background(errors::add);
        context = new WorkbenchContext(project, background);
        model = new BarChartViewModel(context);
        fx.interact(model::activate);
        waitFor(() -> model.chartProperty().get() != null);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.interact(() -> {
            model.deactivate();
            context.dispose();
        });
        read(() -> null);
        background.close();
        project.close();
        assertThat(errors).isEmpty();
    }

    private <T> T read(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        background.run(work, done::complete);
        T result = done.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private Result result() {
        return model.chartProperty().get().result();
    }

    private double share(String theme, int group) {
        return row(theme).value(group);
    }

    private Row row(String name) {
        return result().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private int category(String name) {
        return result().rows().indexOf(row(name));
    }

    @Test
    void theChartFollowsEveryCodingAsItHappens() throws Exception {
        assertThat(share("security", 0)).isCloseTo(0.75, within(1e-9));
        assertThat(model.chartProperty().get().figure().data().label(0, category("security"))).isEqualTo("75%");
        read(() -> project.coding().codeMatch("P3", "militias", "Nobody voted", 1, null));
        waitFor(() -> share("security", 0) > 0.99);
        assertThat(model.chartProperty().get().figure().data().label(0, category("security"))).isEqualTo("100%");

        read(() -> {
            project.history().undo();
            return null;
        });
        waitFor(() -> share("security", 0) < 0.76);
    }

    @Test
    void oneCodersCountsAreAChoiceSavedWithTheChartAndItsPassagesAreTheirs() throws Exception {
        assertThat(model.coders()).containsExactly("second", "tester");
        fx.interact(() -> model.chooseMeasure(Measure.SEGMENTS));
        waitFor(() -> result().query().measure() == Measure.SEGMENTS);
        assertThat(row("security").count(0)).as("c6 and c13 are one passage").isEqualTo(5);
        assertThat(model.describe(new Bar(category("security"), 0)))
                .isEqualTo("security: 5 coded passages (distinct; 2 coders). Click to list the passages.");

        fx.interact(() -> model.chooseCoder("second"));
        waitFor(() -> "second".equals(result().query().passages().coder()));
        assertThat(row("security").count(0)).isEqualTo(1);
        assertThat(model.chartProperty().get().figure().data().valueAxis())
                .isEqualTo("Passages coded by second in interviews");
        assertThat(model.describe(new Bar(category("security"), 0)))
                .isEqualTo("security: 1 passage coded by second. Click to list the passages.");
        fx.interact(() -> model.chooseMeasure(Measure.DOCUMENTS));
        waitFor(() -> result().query().measure() == Measure.DOCUMENTS);
        assertThat(result().query().passages().coder()).as("another choice keeps the coder").isEqualTo("second");
        waitFor(() -> {
            try {
                return "second".equals(read(() -> project.figureSettings().load(ThemeFrequencySource.NAME,
                        new ThemeFrequencySource().defaults())).options().get("coded-by"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        fx.interact(() -> model.showPassages(new Bar(category("security"), 0)));
        assertThat(context.selection().passageFilterProperty().get())
                .isEqualTo(new PassageRequest(null, null, DocumentKind.INTERVIEW, "second"));

        fx.interact(() -> model.chooseCoder(null));
        waitFor(() -> result().query().passages().everyCoder());
        assertThat(model.settings().options()).doesNotContainKey("coded-by");
    }

    @Test
    void aChoiceIsShownAtOnceSavedWithTheProjectAndUndoable() throws Exception {
        fx.interact(() -> model.chooseSplit("role"));
        waitFor(() -> result().groups().size() == 3);
        assertThat(result().groups()).extracting(g -> g.label()).containsExactly("political actor",
                "security expert", "no role");
        waitFor(() -> {
            try {
                return "role".equals(read(() -> project.figureSettings().load(ThemeFrequencySource.NAME,
                        new ThemeFrequencySource().defaults())).options().get("split"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(read(() -> project.history().undoLabel().orElseThrow()))
                .isEqualTo("Change the theme frequencies settings");

        fx.interact(() -> model.chooseMeasure(Measure.SEGMENTS));
        waitFor(() -> result().query().measure() == Measure.SEGMENTS);
        assertThat(row("economy").counts()).containsExactly(0, 1, 1);

        read(() -> {
            project.history().undo();
            return null;
        });
        waitFor(() -> model.query().measure() == Measure.DOCUMENTS && result().query().measure() == Measure.DOCUMENTS);
        assertThat(model.query().splitAttribute()).isEqualTo("role");
        FigureSettings saved = read(() -> project.figureSettings().load(ThemeFrequencySource.NAME, null));
        assertThat(saved).isEqualTo(model.settings());
    }

    @Test
    void aBarListsThePassagesOfItsThemeForItsGroupAndKindOfDocument() throws Exception {
        fx.interact(() -> model.chooseSplit("role"));
        waitFor(() -> result().groups().size() == 3);
        long security = row("security").id();
        PassageRequest request = WaitForAsyncUtils.asyncFx(() -> model.showPassages(new Bar(category("security"), 1)))
                .get(10, TimeUnit.SECONDS);
        assertThat(request).isEqualTo(new PassageRequest("role", "security expert", DocumentKind.INTERVIEW));
        assertThat(context.selection().passageFilterProperty().get()).isEqualTo(request);
        assertThat(context.selection().themeProperty().get()).isEqualTo(security);
        assertThat(context.messageProperty().get()).isEqualTo(
                "Passages of theme 'security' said by role = security expert in interviews.");

        fx.interact(() -> model.showPassages(new Bar(category("security"), 2)));
        assertThat(context.selection().passageFilterProperty().get()).as("'no role' cannot be a filter: all of them")
                .isEqualTo(new PassageRequest(null, null, DocumentKind.INTERVIEW));

        assertThat(model.describe(new Bar(category("security"), 2)))
                .isEqualTo("security, no role: 1 of 2 interviews (50%). Click to list the passages.");

        fx.interact(() -> {
            model.chooseSplit(null);
            model.chooseSubject(Subject.CODES);
        });
        waitFor(() -> result().query().subject() == Subject.CODES);
        long army = project.repos().codes.byName("army").orElseThrow().id();
        fx.interact(() -> model.showPassages(new Bar(category("army"), 0)));
        assertThat(context.selection().codeProperty().get()).isEqualTo(army);
        assertThat(context.selection().passageFilterProperty().get())
                .isEqualTo(new PassageRequest(null, null, DocumentKind.INTERVIEW));
    }

    @Test
    void theFilterNarrowsTheChartAndThePassages() throws Exception {
        fx.interact(() -> model.chooseFilter(new BarChartViewModel.AttributeValue("role", "security expert")));
        waitFor(() -> result().query().filtered());
        assertThat(result().overall().documents()).isEqualTo(2);
        assertThat(model.chartProperty().get().figure().data().valueAxis())
                .isEqualTo("Share of interviews (role = security expert, n = 2)");
        fx.interact(() -> model.showPassages(new Bar(category("economy"), 0)));
        assertThat(context.selection().passageFilterProperty().get())
                .isEqualTo(new PassageRequest("role", "security expert", DocumentKind.INTERVIEW));
        assertThat(model.attributeValues()).contains(new BarChartViewModel.AttributeValue("gender", "female"));
        assertThat(model.attributes()).containsExactly("gender", "role");
    }
}
