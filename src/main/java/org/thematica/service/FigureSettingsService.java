package org.thematica.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Objects;
import org.thematica.edit.SetProjectInfo;
import org.thematica.figure.FigureSettings;
import org.thematica.model.UserError;

/** The saved settings of each figure, kept in the project as JSON; saving is an undoable edit. */
public final class FigureSettingsService {
    static final String PREFIX = "figure.";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Project project;

    FigureSettingsService(Project project) {
        this.project = project;
    }

    /** The saved settings of {@code figure}, or {@code defaults} when none are saved (or they cannot be read). */
    public FigureSettings load(String figure, FigureSettings defaults) {
        return project.repos().info.get(PREFIX + figure).map(json -> {
            try {
                return JSON.readValue(json, FigureSettings.class);
            } catch (JsonProcessingException e) {
                return defaults; // settings from a future version: fall back rather than fail
            }
        }).orElse(defaults);
    }

    /** Saves the settings (nothing is recorded when they did not change). */
    public void save(FigureSettings settings) throws UserError {
        String key = PREFIX + settings.figure();
        String before = project.repos().info.get(key).orElse(null);
        String after;
        try {
            after = JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (!Objects.equals(before, after)) {
            project.history().perform("Change the " + settings.figure().replace('-', ' ') + " settings",
                    new SetProjectInfo(key, before, after));
        }
    }
}
