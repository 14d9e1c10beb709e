package org.thematica.ui.workbench;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The codes applied most recently, newest first: keys 1-9 apply them. */
public final class RecentCodes {
    public static final int SIZE = 9;
    private final ObservableList<String> names = FXCollections.observableArrayList();

    public void used(String codeName) {
        names.remove(codeName);
        names.add(0, codeName);
        if (names.size() > SIZE) {
            names.remove(SIZE, names.size());
        }
    }

    /** The code behind key {@code digit} (1-9), or null. */
    public String forDigit(int digit) {
        return digit >= 1 && digit <= names.size() ? names.get(digit - 1) : null;
    }

    public void forget(String codeName) {
        names.remove(codeName);
    }

    public void renamed(String oldName, String newName) {
        int at = names.indexOf(oldName);
        if (at >= 0) {
            names.set(at, newName);
        }
    }

    public ObservableList<String> names() {
        return FXCollections.unmodifiableObservableList(names);
    }
}
