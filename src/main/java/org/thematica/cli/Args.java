package org.thematica.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed arguments of one command: positionals, options with values, and flags. */
final class Args {
    /** Which options a command takes. Options in {@code repeatable} may be given several times. */
    record Spec(Set<String> values, Set<String> repeatable, Set<String> flags, int minPositional, int maxPositional) {
        static Spec of(int minPositional, int maxPositional) {
            return new Spec(Set.of(), Set.of(), Set.of(), minPositional, maxPositional);
        }

        Spec values(String... names) {
            Set<String> v = new HashSet<>(values);
            v.addAll(List.of(names));
            return new Spec(Set.copyOf(v), repeatable, flags, minPositional, maxPositional);
        }

        Spec repeatable(String... names) {
            Set<String> r = new HashSet<>(repeatable);
            r.addAll(List.of(names));
            return new Spec(values, Set.copyOf(r), flags, minPositional, maxPositional);
        }

        Spec flags(String... names) {
            Set<String> f = new HashSet<>(flags);
            f.addAll(List.of(names));
            return new Spec(values, repeatable, Set.copyOf(f), minPositional, maxPositional);
        }
    }

    private final List<String> positional;
    private final Map<String, List<String>> options;
    private final Set<String> flags;

    private Args(List<String> positional, Map<String, List<String>> options, Set<String> flags) {
        this.positional = positional;
        this.options = options;
        this.flags = flags;
    }

    static Args parse(List<String> tokens, Spec spec) throws UsageError {
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        boolean onlyPositional = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (onlyPositional || !token.startsWith("--") || token.length() == 2) {
                if (token.equals("--") && !onlyPositional) {
                    onlyPositional = true;
                } else {
                    positional.add(token);
                }
                continue;
            }
            String name = token.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (spec.flags().contains(name)) {
                if (value != null) {
                    throw new UsageError("--" + name + " takes no value");
                }
                flags.add(name);
            } else if (spec.values().contains(name) || spec.repeatable().contains(name)) {
                if (value == null) {
                    if (i + 1 >= tokens.size()) {
                        throw new UsageError("--" + name + " needs a value");
                    }
                    value = tokens.get(++i);
                }
                List<String> list = options.computeIfAbsent(name, k -> new ArrayList<>());
                if (!list.isEmpty() && !spec.repeatable().contains(name)) {
                    throw new UsageError("--" + name + " is given twice");
                }
                list.add(value);
            } else {
                throw new UsageError("unknown option --" + name);
            }
        }
        if (positional.size() < spec.minPositional()) {
            throw new UsageError("missing argument");
        }
        if (positional.size() > spec.maxPositional()) {
            throw new UsageError("unexpected argument '" + positional.get(spec.maxPositional()) + "'");
        }
        return new Args(positional, options, flags);
    }

    List<String> positional() {
        return positional;
    }

    String positional(int i) {
        return positional.get(i);
    }

    String option(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(0);
    }

    String required(String name) throws UsageError {
        String value = option(name);
        if (value == null) {
            throw new UsageError("--" + name + " is required");
        }
        return value;
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean has(String name) {
        return options.containsKey(name) || flags.contains(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    Integer integer(String name) throws UsageError {
        String value = option(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageError("--" + name + " needs a whole number, not '" + value + "'");
        }
    }
}
