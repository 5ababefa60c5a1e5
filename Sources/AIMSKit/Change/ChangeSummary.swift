/// What a change does to the management system, from two resolved models: documents added,
/// removed, renamed and retired; status, version, approver and effective-date changes;
/// approvals gained and lost; controls and mandatory items whose coverage changed; rows of
/// the Statement of Applicability that changed. Every writer shows these entries; none
/// recomputes them.
public struct ChangeSummary: Sendable {
    public struct Entry: Sendable, Hashable, Encodable {
        public enum Kind: String, Sendable, Encodable, CaseIterable {
            case added, removed, renamed, retired
            case status, version, approver, effective
            case approvalGained = "approval-gained", approvalLost = "approval-lost"
            case control, mandatory
            case applicability, implementation, justification
        }

        public var kind: Kind
        /// A document's id (its path when it has none), a control id or a mandatory item's id.
        public var subject: String
        /// The head's path of the document concerned; the base's for a removed one.
        public var path: String?
        public var before: String?
        public var after: String?
        /// The entry as a sentence.
        public var text: String
    }

    public struct Section: Sendable {
        public var title: String
        public var entries: [Entry]
    }

    public var documents: [Entry] = []
    public var fields: [Entry] = []
    public var approvals: [Entry] = []
    public var coverage: [Entry] = []
    public var soa: [Entry] = []

    public var isEmpty: Bool { sections.isEmpty }
    public var entries: [Entry] { sections.flatMap(\.entries) }

    public var sections: [Section] {
        [
            Section(title: "Documents", entries: documents),
            Section(title: "Status, version and approver", entries: fields),
            Section(title: "Approvals", entries: approvals),
            Section(title: "Coverage", entries: coverage),
            Section(title: "Statement of Applicability", entries: soa),
        ].filter { !$0.entries.isEmpty }
    }

    public init(base: ChangeBase, headIndex: AIMSIndex, headResolved: ResolvedModel) {
        let pairing = base.pairing
        func name(_ document: Document) -> String {
            document.fields.title.map { "\(document.displayID) \($0)" } ?? document.displayID
        }
        for path in pairing.added {
            guard let document = headIndex.byPath[path] else { continue }
            documents.append(Entry(kind: .added, subject: document.displayID, path: path, text: "added \(name(document)) (\(path))"))
        }
        for path in pairing.removed {
            guard let document = base.index.byPath[path] else { continue }
            documents.append(Entry(kind: .removed, subject: document.displayID, path: path, text: "removed \(name(document)) (\(path))"))
        }
        for (from, to) in pairing.renamed {
            guard let document = headIndex.byPath[to] else { continue }
            documents.append(Entry(kind: .renamed, subject: document.displayID, path: to, before: from, after: to, text: "renamed \(name(document)): \(from) → \(to)"))
        }
        for head in headIndex.documents {
            guard let before = base.document(pairedWith: head) else { continue }
            let was = base.resolved.state(of: before)
            let now = headResolved.state(of: head)
            if case .retired = now, !isRetired(was) {
                let successor = headResolved.successors[head.path].map { ", superseded by \(name($0))" } ?? ""
                documents.append(Entry(kind: .retired, subject: head.displayID, path: head.path, text: "retired \(name(head))\(successor)"))
            }
            compareFields(before, head, name: name(head))
            compareApproval(was, now, head, name: name(head))
        }
        compareCoverage(base.resolved, headResolved)
        compareStatementOfApplicability(base.index.soa, headIndex.soa, path: headIndex.soa?.documentPath)
    }

    private func isRetired(_ state: DocumentState) -> Bool {
        if case .retired = state { return true }
        return false
    }

    private mutating func compareFields(_ before: Document, _ after: Document, name: String) {
        let pairs: [(Entry.Kind, String?, String?)] = [
            (.status, before.fields.status?.rawValue, after.fields.status?.rawValue),
            (.version, before.fields.version, after.fields.version),
            (.approver, before.fields.approver, after.fields.approver),
            (.effective, before.fields.effective?.description, after.fields.effective?.description),
        ]
        for (kind, old, new) in pairs where old != new {
            let text = "\(name): \(kind.rawValue) \(old ?? "(none)") → \(new ?? "(none)")"
            fields.append(Entry(kind: kind, subject: after.displayID, path: after.path, before: old, after: new, text: text))
        }
    }

    private mutating func compareApproval(_ was: DocumentState, _ now: DocumentState, _ head: Document, name: String) {
        let approvalBefore = was.isCurrent ? was.approval?.commit.id : nil
        let approvalAfter = now.isCurrent ? now.approval?.commit.id : nil
        if was.isCurrent, !now.isCurrent, !isRetired(now) {
            approvals.append(Entry(kind: .approvalLost, subject: head.displayID, path: head.path, before: was.label, after: now.label,
                                   text: "\(name): approval lost (\(was.label) → \(now.label))"))
        } else if now.isCurrent, !was.isCurrent || (approvalAfter != nil && approvalAfter != approvalBefore) {
            let by = now.approval.map { " by \($0.approver) in \($0.commit.id.short)" } ?? ""
            approvals.append(Entry(kind: .approvalGained, subject: head.displayID, path: head.path, before: was.label, after: now.label,
                                   text: "\(name): approved\(by) (was \(was.label))"))
        }
    }

    private mutating func compareCoverage(_ base: ResolvedModel, _ head: ResolvedModel) {
        func ids(_ documents: [Document]) -> String {
            documents.isEmpty ? "no live document" : documents.map(\.displayID).sorted().joined(separator: ", ")
        }
        for facts in head.controls {
            guard let old = base.control(facts.id) else { continue }
            let before = ids(old.implementers)
            let after = ids(facts.implementers)
            guard before != after else { continue }
            let applies = facts.applicable == false ? " (not applicable)" : ""
            coverage.append(Entry(kind: .control, subject: facts.id, before: before, after: after,
                                  text: "control \(facts.id)\(applies): implemented by \(before) → \(after)"))
        }
        for facts in head.mandatory {
            guard let old = base.mandatory(facts.item.id) else { continue }
            let before = Self.describe(old)
            let after = Self.describe(facts)
            guard before != after else { continue }
            coverage.append(Entry(kind: .mandatory, subject: facts.item.id, before: before, after: after,
                                  text: "\(facts.item.title) (clause \(facts.item.clause)): \(before) → \(after)"))
        }
    }

    private static func describe(_ facts: MandatoryFacts) -> String {
        let providers = facts.providers.map(\.document.displayID).sorted().joined(separator: ", ")
        switch facts.state {
        case .current: return "current in \(providers)"
        case .notCurrent: return "provided by \(providers), not approved and current"
        case let .derived(from, _): return "derived from the approval of \(from.displayID)"
        case .missing: return "missing"
        }
    }

    private mutating func compareStatementOfApplicability(_ base: StatementOfApplicability?, _ head: StatementOfApplicability?, path: String?) {
        let before = Dictionary((base?.entries ?? []).map { ($0.controlID, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set((head?.entries ?? []).map(\.controlID))
        for entry in base?.entries ?? [] where !after.contains(entry.controlID) {
            soa.append(Entry(kind: .applicability, subject: entry.controlID, path: path, before: entry.applicableText,
                             text: "\(entry.controlID): row removed (was applicable: \(entry.applicableText))"))
        }
        for entry in head?.entries ?? [] {
            guard let old = before[entry.controlID] else {
                soa.append(Entry(kind: .applicability, subject: entry.controlID, path: path, after: entry.applicableText,
                                 text: "\(entry.controlID): row added (applicable: \(entry.applicableText))"))
                continue
            }
            if old.applicable != entry.applicable {
                soa.append(Entry(kind: .applicability, subject: entry.controlID, path: path, before: old.applicableText, after: entry.applicableText,
                                 text: "\(entry.controlID): applicable \(old.applicableText) → \(entry.applicableText)"))
            }
            if old.status != entry.status {
                soa.append(Entry(kind: .implementation, subject: entry.controlID, path: path, before: old.statusText, after: entry.statusText,
                                 text: "\(entry.controlID): status \(old.statusText.isEmpty ? "(none)" : old.statusText) → \(entry.statusText.isEmpty ? "(none)" : entry.statusText)"))
            }
            if old.justification != entry.justification {
                soa.append(Entry(kind: .justification, subject: entry.controlID, path: path, before: old.justification, after: entry.justification,
                                 text: "\(entry.controlID): justification changed"))
            }
        }
    }
}
