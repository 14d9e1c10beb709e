package org.thematica.ui.workbench;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The codes applied most recently, newest first: keys 1-9 apply them. They are kept by id, so a
 * code renamed (or renamed and the renaming undone) is still the same code, and a code deleted
 * since is refused with a message rather than created again under its old name.
 */
public final class RecentCodes {
    public static final int SIZE = 9;
    private final ObservableList<Long> ids = FXCollections.observableArrayList();

    public void used(long codeId) {
        ids.remove(codeId);
        ids.add(0, codeId);
        if (ids.size() > SIZE) {
            ids.remove(SIZE, ids.size());
        }
    }

    /** The code behind key {@code digit} (1-9), or null. */
    public Long forDigit(int digit) {
        return digit >= 1 && digit <= ids.size() ? ids.get(digit - 1) : null;
    }

    public void forget(long codeId) {
        ids.remove(codeId);
    }

    public ObservableList<Long> ids() {
        return FXCollections.unmodifiableObservableList(ids);
    }
}
