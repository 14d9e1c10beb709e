package org.thematica.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression a user typed, and the one place it runs. Java's engine backtracks, so a
 * pattern such as {@code ((a+)*)+b} takes exponential time on a few dozen letters; the text is
 * therefore handed to the engine through a view that counts the characters it reads and stops
 * the search after a budget proportional to the text's length. A normal search reads each
 * character a handful of times and never comes near it.
 */
public final class UserPattern {
    /** Reads per character of text allowed, plus a floor for short texts. */
    static final long READS_PER_CHAR = 200;
    static final long MIN_READS = 2_000_000;
    private final String source;
    private final Pattern pattern;

    /** Thrown when a pattern is not valid, or backtracks past its budget; the message is one line. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    public record Match(int start, int end, String text) {
    }

    private UserPattern(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    public static UserPattern compile(String regex, boolean ignoreCase) throws Refused {
        try {
            int flags = Pattern.UNICODE_CHARACTER_CLASS | Pattern.MULTILINE
                    | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            return new UserPattern(regex, Pattern.compile(regex, flags));
        } catch (PatternSyntaxException e) {
            throw new Refused("'" + regex + "' is not a valid pattern: " + e.getDescription());
        }
    }

    /** Every non-empty match in {@code text}, or a refusal once the engine has read too much. */
    public List<Match> findAll(String text, String where) throws Refused {
        Budgeted budgeted = new Budgeted(text, Math.max(MIN_READS, READS_PER_CHAR * text.length()));
        List<Match> found = new ArrayList<>();
        try {
            Matcher m = pattern.matcher(budgeted);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new Match(m.start(), m.end(), text.substring(m.start(), m.end())));
                }
            }
        } catch (OverBudget e) {
            throw new Refused("the pattern '" + source + "' backtracks too much to finish on " + where
                    + " (nested repeats such as (a+)* try every split); simplify it");
        } catch (StackOverflowError e) {
            throw new Refused("the pattern '" + source + "' recurses too deeply on " + where + "; simplify it");
        }
        return found;
    }

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    /** The text as the engine reads it, one counted character at a time. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final int from;
        private final int to;
        private final long[] left; // shared by every subSequence of one search

        Budgeted(String text, long budget) {
            this(text, 0, text.length(), new long[] {budget});
        }

        private Budgeted(String text, int from, int to, long[] left) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new OverBudget();
            }
            return text.charAt(from + index);
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text, from + start, from + end, left);
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }
}
