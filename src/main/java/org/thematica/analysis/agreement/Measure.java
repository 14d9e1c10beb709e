package org.thematica.analysis.agreement;

/**
 * One agreement figure: a value, or the reason it is not defined. A coefficient that cannot be
 * computed for the data at hand (one category only, a coder who coded nothing) is reported as
 * such, never as a number that would read as an answer (DKPro's 0.0 or NaN in those cases).
 *
 * @param value     the figure, or null
 * @param undefined why there is no figure (a phrase without a full stop), or null
 */
public record Measure(Double value, String undefined) {
    public Measure {
        if ((value == null) == (undefined == null)) {
            throw new IllegalArgumentException("a measure has a value or a reason, not both or neither");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite value: " + value);
        }
    }

    public static Measure of(double value) {
        return new Measure(value, null);
    }

    public static Measure undefined(String reason) {
        return new Measure(null, reason);
    }

    public boolean defined() {
        return value != null;
    }
}
