package org.thematica.testing;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.Theme;
import org.thematica.model.ThemeLink;
import org.thematica.service.Project;
import org.thematica.store.Repositories;

/**
 * What a project holds, as the facts {@link CrashLedger} models: live documents, codes, themes,
 * theme memberships, codings (document, code, range) and memos, plus cases and theme links, which
 * the crash worker never makes and so must never appear. A fact found twice is an error, since a
 * set would hide it.
 */
public final class ProjectFacts {
    private ProjectFacts() {
    }

    public static Set<String> of(Project project) {
        Repositories r = project.repos();
        Set<String> facts = new HashSet<>();
        Map<Long, String> docs = r.documents.all().stream().collect(Collectors.toMap(Document::id, Document::name));
        Map<Long, String> codes = r.codes.all().stream().collect(Collectors.toMap(Code::id, Code::name));
        Map<Long, String> themes = r.themes.all().stream().collect(Collectors.toMap(Theme::id, Theme::name));
        docs.values().forEach(name -> add(facts, "doc " + name));
        codes.values().forEach(name -> add(facts, "code " + name));
        themes.values().forEach(name -> add(facts, "theme " + name));
        for (Map.Entry<Long, String> theme : themes.entrySet()) {
            for (long code : r.themes.codeIds(theme.getKey())) {
                add(facts, "member " + theme.getValue() + " " + name(codes, code, "code"));
            }
        }
        for (Coding c : r.codings.allLive()) {
            add(facts, "coding " + name(docs, c.documentId(), "document") + " " + name(codes, c.codeId(), "code") + " "
                    + c.start() + " " + c.end());
        }
        for (Memo m : r.memos.all()) {
            add(facts, "memo " + m.title() + " " + m.text()
                    + (m.target() == MemoTarget.PROJECT ? "" : " on " + m.target().key() + " " + m.targetId()));
        }
        r.cases.all().forEach(c -> add(facts, "case " + c.name()));
        for (ThemeLink l : r.themes.links()) {
            add(facts, "link " + name(themes, l.fromThemeId(), "theme") + " " + name(themes, l.toThemeId(), "theme"));
        }
        return facts;
    }

    /** A live thing's name, or a marker that a live row points at one that is not live. */
    private static String name(Map<Long, String> live, long id, String kind) {
        return live.getOrDefault(id, "<" + kind + " " + id + " not live>");
    }

    private static void add(Set<String> facts, String fact) {
        if (!facts.add(fact)) {
            throw new AssertionError("the project holds '" + fact + "' twice");
        }
    }
}
