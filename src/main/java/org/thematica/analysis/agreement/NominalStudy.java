package org.thematica.analysis.agreement;

import java.util.HashSet;
import java.util.Set;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationItem;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * A coding study (units, each given a category by each coder, or missing) measured by DKPro
 * Statistics: percent agreement, Cohen's kappa and Krippendorff's alpha with nominal distances.
 * DKPro's edge cases become reasons: with one category it throws, for alpha a zero expected
 * disagreement comes back as 0.0 (its "D_O = D_E" rule), and kappa with missing values prints a
 * warning and goes on; here each is {@link Measure#undefined}.
 */
public final class NominalStudy {
    private final CodingAnnotationStudy study;
    private final int coders;

    public NominalStudy(int coders) {
        if (coders < 2) {
            throw new IllegalArgumentException("agreement needs at least two coders");
        }
        this.coders = coders;
        this.study = new CodingAnnotationStudy(coders);
    }

    /** Adds {@code times} units given these categories, one per coder in order (null: missing). */
    public NominalStudy add(long times, Object... categories) {
        if (times < 0 || times > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bad count " + times);
        }
        study.addMultipleItems((int) times, categories);
        return this;
    }

    /** The units that two or more coders coded: the only ones agreement can be measured on. */
    private long pairable() {
        long n = 0;
        for (ICodingAnnotationItem item : study.getItems()) {
            if (item.getRaterCount() >= 2) {
                n++;
            }
        }
        return n;
    }

    /** The categories of the pairable units. */
    private Set<Object> pairedCategories() {
        Set<Object> categories = new HashSet<>();
        for (ICodingAnnotationItem item : study.getItems()) {
            if (item.getRaterCount() >= 2) {
                item.getUnits().forEach(u -> {
                    if (u.getCategory() != null) {
                        categories.add(u.getCategory());
                    }
                });
            }
        }
        return categories;
    }

    /** Why no coefficient can be computed, or null. */
    private String problem() {
        if (pairable() == 0) {
            return "no unit was coded by two coders";
        }
        Set<Object> categories = pairedCategories();
        if (categories.size() < 2) {
            return "every unit has the same category (" + categories.iterator().next()
                    + "), so there is no decision to agree on";
        }
        return null;
    }

    /** The share of coder pairs that agree, 0 to 1, over the units coded by two or more coders. */
    public Measure percent() {
        if (pairable() == 0) {
            return Measure.undefined("no unit was coded by two coders");
        }
        if (study.getCategoryCount() < 2) { // DKPro refuses; agreement on one category is complete
            return Measure.of(1.0);
        }
        return Measure.of(new PercentageAgreement(study).calculateAgreement());
    }

    /** Cohen's kappa (1960): two coders, every unit coded by both. */
    public Measure cohenKappa() {
        if (coders != 2) {
            return Measure.undefined("Cohen's kappa compares exactly two coders");
        }
        if (study.hasMissingValues()) {
            return Measure.undefined("Cohen's kappa needs every unit coded by both coders");
        }
        String problem = problem();
        if (problem != null) {
            return Measure.undefined(problem);
        }
        return Measure.of(new CohenKappaAgreement(study).calculateAgreement());
    }

    /** Krippendorff's alpha with the nominal distance: any number of coders, missing values allowed. */
    public Measure krippendorffAlpha() {
        String problem = problem();
        if (problem != null) {
            return Measure.undefined(problem);
        }
        KrippendorffAlphaAgreement alpha = new KrippendorffAlphaAgreement(study, new NominalDistanceFunction());
        if (alpha.calculateExpectedDisagreement() == 0.0) {
            return Measure.undefined("no disagreement is expected by chance, so alpha has no scale");
        }
        return Measure.of(alpha.calculateAgreement());
    }
}
