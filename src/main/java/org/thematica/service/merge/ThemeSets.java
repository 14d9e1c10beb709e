package org.thematica.service.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;

/**
 * Theme memberships, decided per code. A membership is yes or no, so the two sides can never
 * change one pair differently; what can clash is where a code belongs. For each code whose
 * themes the copy changed, the themes the copy touched are compared three ways as a set: when
 * both sides changed the code's place among them and ended differently (the copy moved it to
 * one theme, we to another), that is a conflict, ours by default. Otherwise the copy's changes
 * come in pair by pair, so two coders adding different codes to one theme both count.
 */
final class ThemeSets {
    private final Plan p;
    private final CopyLog log;
    private final Choices choices;
    private final Describe describe;

    ThemeSets(Plan plan, CopyLog log, Choices choices, Describe describe) {
        this.p = plan;
        this.log = log;
        this.choices = choices;
        this.describe = describe;
    }

    /** One theme's membership of a code: at the base, in the copy, here. */
    private record Three(boolean base, boolean theirs, boolean ours) {
    }

    void decide() {
        Map<String, Map<String, Three>> byCode = new TreeMap<>();
        for (var entry : log.base.entrySet()) {
            Key key = entry.getKey();
            if (key.kind() != Kind.THEME_CODE || p.fresh.contains(key.a()) || p.fresh.contains(key.b())
                    || !p.theirs.has(Kind.THEME, key.a()) || !p.theirs.has(Kind.CODE, key.b())) {
                continue; // a new theme's or code's memberships come with it
            }
            Key ours = key.translate(p::tr);
            if (!p.ours.has(Kind.THEME, ours.a()) || !p.ours.has(Kind.CODE, ours.b())) {
                continue;
            }
            byCode.computeIfAbsent(ours.b(), c -> new LinkedHashMap<>()).put(ours.a(), new Three(
                    (Boolean) entry.getValue(), (Boolean) p.theirs.value(key), (Boolean) p.ours.value(ours)));
        }
        byCode.forEach(this::decide);
    }

    private void decide(String code, Map<String, Three> themes) {
        Map<String, Boolean> base = new TreeMap<>();
        Map<String, Boolean> theirs = new TreeMap<>();
        Map<String, Boolean> ours = new TreeMap<>();
        themes.forEach((theme, three) -> {
            base.put(theme, three.base());
            theirs.put(theme, three.theirs());
            ours.put(theme, three.ours());
        });
        if (theirs.equals(base) || theirs.equals(ours)) {
            return;
        }
        boolean take = ours.equals(base);
        if (!take) {
            Key subject = Key.row(Kind.CODE, code, Field.PARENT);
            String id = "code:" + code + ":themes";
            Conflict c = new Conflict(id, Conflict.Type.THEMES, "code", code, describe.subject(subject), "themes",
                    names(ours), names(theirs), choices.resolution(id), List.of());
            p.conflict(c);
            take = c.resolution() == Choices.Resolution.THEIRS;
        }
        if (take) {
            themes.forEach((theme, three) -> {
                if (!Objects.equals(three.theirs(), three.ours())) {
                    p.changes.put(Key.relation(Kind.THEME_CODE, theme, code, Field.PRESENT), three.theirs());
                }
            });
        }
    }

    /** The themes a code is in (of those compared), by name. */
    private String names(Map<String, Boolean> in) {
        List<String> names = new ArrayList<>();
        in.forEach((theme, member) -> {
            if (member) {
                names.add(describe.name(Kind.THEME, theme));
            }
        });
        return names.isEmpty() ? "in none of " + in.size() + " theme(s)" : "in " + String.join(", ", names);
    }
}
