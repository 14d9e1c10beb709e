package org.thematica.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thematica.edit.SetCoderColour;
import org.thematica.model.Coder;
import org.thematica.model.CoderColours;
import org.thematica.model.UserError;

/**
 * The colours coders are shown in where their work is compared (agreement, disagreements, the
 * review screen). The rule of which colour a coder gets is {@link CoderColours}'; this is how the
 * command line and the window read and change them.
 */
public final class CoderService {
    private final Project project;

    CoderService(Project project) {
        this.project = project;
    }

    /** Every registered coder's colour, by name, in the order they joined. */
    public Map<String, String> colours() {
        List<Coder> coders = project.repos().coders.all();
        Map<Long, String> byId = CoderColours.of(coders);
        Map<String, String> byName = new LinkedHashMap<>();
        coders.stream().sorted(java.util.Comparator.comparingLong(Coder::id))
                .forEach(c -> byName.put(c.name(), byId.get(c.id())));
        return byName;
    }

    /**
     * The colour {@code name} is shown in; someone not registered yet gets the one they would get
     * on joining now.
     */
    public String colourOf(String name) {
        String known = colours().get(name);
        return known != null ? known : newcomerColour();
    }

    /** The colour someone who joins now would be shown in. */
    public String newcomerColour() {
        List<Coder> withNewcomer = new java.util.ArrayList<>(project.repos().coders.all());
        withNewcomer.add(new Coder(Long.MAX_VALUE, "", ""));
        return CoderColours.of(withNewcomer).get(Long.MAX_VALUE);
    }

    /**
     * Sets the colour {@code name} (null: this session's coder) is shown in, as one undoable step;
     * someone new is registered. {@code colour} is read by {@link CoderColours#parse}.
     *
     * @return false when it was already that colour (nothing recorded)
     */
    public boolean setColour(String name, String colour) throws UserError {
        String wanted = CoderColours.parse(colour);
        String who = name == null ? project.coderName() : name;
        Coder known = project.repos().coders.byName(who).orElse(null);
        if (known != null && wanted.equals(known.colour())) {
            return false;
        }
        project.history().perform("Colour of coder " + who, session -> {
            Coder c = project.coderIn(session, who);
            session.apply(new SetCoderColour(c.id(), c.colour(), wanted));
        });
        return true;
    }
}
