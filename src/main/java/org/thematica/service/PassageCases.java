package org.thematica.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thematica.model.Coding;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.store.RetrievalRepository;
import org.thematica.store.RetrievalRepository.DocumentCase;
import org.thematica.store.RetrievalRepository.TurnCase;

/**
 * Who said a passage: the case of the speaker turn it starts in, if that turn is linked to a
 * case, else the cases of its whole document (as the CSV export says).
 */
record PassageCases(Map<Long, List<TurnCase>> turns, Map<Long, List<DocumentCase>> documents) {
    static PassageCases read(RetrievalRepository retrieval, Set<Long> documentIds) {
        Map<Long, List<TurnCase>> turns = new HashMap<>();
        for (TurnCase t : retrieval.caseTurns(documentIds)) {
            turns.computeIfAbsent(t.documentId(), k -> new ArrayList<>()).add(t);
        }
        Map<Long, List<DocumentCase>> documents = new HashMap<>();
        for (DocumentCase d : retrieval.documentCases()) {
            documents.computeIfAbsent(d.documentId(), k -> new ArrayList<>()).add(d);
        }
        return new PassageCases(turns, documents);
    }

    List<DocumentCase> of(Coding c) {
        return at(c.documentId(), c.start());
    }

    List<DocumentCase> at(long documentId, int offset) {
        for (TurnCase t : turns.getOrDefault(documentId, List.of())) {
            if (offset >= t.start() && offset < t.end()) {
                return List.of(new DocumentCase(documentId, t.caseId(), t.caseName()));
            }
        }
        return documents.getOrDefault(documentId, List.of());
    }

    Set<Long> withValue(RetrievalRepository retrieval, AttributeFilter filter) {
        if (filter.attribute().equals(AttributeFilter.CASE)) {
            // "case = Karim": the case of that name, wherever it is linked
            Set<Long> ids = new java.util.HashSet<>();
            turns.values().forEach(ts -> ts.stream().filter(t -> t.caseName().equals(filter.value()))
                    .forEach(t -> ids.add(t.caseId())));
            documents.values().forEach(ds -> ds.stream().filter(d -> d.caseName().equals(filter.value()))
                    .forEach(d -> ids.add(d.caseId())));
            return ids;
        }
        return retrieval.caseValues().stream()
                .filter(v -> v.attribute().equals(filter.attribute()) && v.value().equals(filter.value()))
                .map(RetrievalRepository.CaseValue::caseId).collect(Collectors.toSet());
    }

    static String names(List<DocumentCase> cases) {
        return cases.stream().map(DocumentCase::caseName).collect(Collectors.joining("; "));
    }
}
