package org.thematica.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one home of coders' colours. A coder who has not chosen one is shown in the palette colour
 * of their place in the order coders joined the project (by id), so two coders compared side by
 * side differ without anyone choosing, and the same project shows the same colours everywhere.
 */
public final class CoderColours {
    /**
     * Okabe and Ito's colours (2008), told apart under every common colour vision deficiency;
     * black is left out (it is the text), so the ninth coder repeats the first.
     */
    public static final List<String> PALETTE = List.of(
            "#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442");

    private CoderColours() {
    }

    /** Each coder's colour, by coder id: the chosen one, else the palette's by place. */
    public static Map<Long, String> of(List<Coder> coders) {
        Map<Long, String> colours = new LinkedHashMap<>();
        List<Coder> byJoining = coders.stream().sorted(Comparator.comparingLong(Coder::id)).toList();
        for (int i = 0; i < byJoining.size(); i++) {
            Coder c = byJoining.get(i);
            colours.put(c.id(), c.colour() != null ? c.colour() : PALETTE.get(i % PALETTE.size()));
        }
        return colours;
    }

    /**
     * {@code b}, or when it is {@code a} (two coders who chose alike, or the eighth coder beside
     * the first) the first palette colour that is not: two coders side by side must differ.
     */
    public static String apart(String a, String b) {
        if (!b.equalsIgnoreCase(a)) {
            return b;
        }
        return PALETTE.stream().filter(c -> !c.equalsIgnoreCase(a)).findFirst().orElseThrow();
    }

    /** The colour's red, green and blue in one int ({@code 0xRRGGBB}). */
    public static int rgb(String colour) {
        return Integer.parseInt(colour.substring(1), 16);
    }

    /**
     * {@code text} as a stored colour ({@code #RRGGBB}, upper case; {@code #rgb} and a missing
     * {@code #} are accepted), or a {@link UserError} that says what is wrong with it.
     */
    public static String parse(String text) throws UserError {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("#")) {
            s = s.substring(1);
        }
        if (s.length() == 3) {
            s = "" + s.charAt(0) + s.charAt(0) + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2);
        }
        if (s.length() != 6 || !s.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            throw new UserError("'" + (text == null ? "" : text.strip()) + "' is not a colour; give it as #RRGGBB, for"
                    + " example #E69F00");
        }
        return "#" + s.toUpperCase(Locale.ROOT);
    }
}
