package org.thematica.service;

/** Reports a long job's progress and asks whether the user cancelled it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(int done, int total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(int done, int total, String message);

    boolean isCancelled();
}
