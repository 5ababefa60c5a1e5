extension PackFacts {
    /// soa.html: all Annex A controls by group, with what the SoA says about each and the
    /// documents that implement it, as the resolved model decides: implementers are the live
    /// documents other than the SoA whose `controls:` list the control; retired ones are
    /// shown as "formerly".
    func soaPage() -> PageContext {
        let groups: [PageContext] = model.controlGroups.map { group in
            let controls: [PageContext] = model.controls.filter { $0.group == group.id }.map(controlRow)
            return [
                "id": group.id,
                "title": group.title,
                "objective": group.objective,
                "controls": controls,
            ]
        }
        let known = Set(model.controls.map(\.id))
        let others: [PageContext] = (index.soa?.entries ?? []).filter { !known.contains($0.controlID) }.map { entry in
            [
                "id": entry.controlID.isEmpty ? "(blank)" : entry.controlID,
                "applicability": applicabilityBadge(entry),
                "status": implementationBadge(entry),
                "justification": field(entry.justification.isEmpty ? nil : entry.justification, missing: "none given"),
                "location": location(entry.location, root: ""),
            ]
        }
        let soa = index.soa
        return page("Statement of Applicability", current: "soa.html", [
            "summary": soaSummary(),
            "tableMissing": soa != nil && soa?.tableLocation == nil && soa?.hasFrontMatterLists != true,
            "hasMissingColumns": !(soa?.missingColumns.isEmpty ?? true) && soa?.tableLocation != nil,
            "missingColumns": (soa?.missingColumns ?? []).joined(separator: ", "),
            "isFrontMatterOnly": soa != nil && soa?.tableLocation == nil && soa?.hasFrontMatterLists == true,
            "hasSeveralSoAs": index.soaDocuments.count > 1,
            "groups": groups,
            "otherEntries": others,
            "hasOtherEntries": !others.isEmpty,
        ])
    }

    private func controlRow(_ control: ClauseModel.Control) -> PageContext {
        let facts = resolved.control(control.id)
        let entry = facts?.entry
        let implementers = (facts?.implementers ?? []).map { documentLink($0, root: "") }
        let former = (facts?.formerImplementers ?? []).map { documentLink($0, root: "") }
        let justification = entry.flatMap { $0.justification.isEmpty ? nil : $0.justification }
        let isPointerFollowed = entry.map { $0.justificationLocation != nil && $0.writtenJustification != $0.justification } ?? false
        let inherited = facts?.inheritedItems.count ?? 0
        return [
            "id": control.id,
            "anchor": "control-\(control.id)",
            "title": control.title,
            "inSoA": entry != nil,
            "applicability": entry.map(applicabilityBadge) ?? ["label": "Not in SoA", "class": "missing"],
            "status": entry.map(implementationBadge) ?? ["label": "—", "class": "none"],
            "statusNote": entry?.statusNote ?? "",
            "hasStatusNote": !(entry?.statusNote.isEmpty ?? true),
            "justification": field(justification, missing: entry == nil ? "—" : "none given"),
            "isJustificationUnresolved": entry?.isUnresolvedPointer ?? false,
            "justificationSource": isPointerFollowed ? "\(entry!.writtenJustification): from line \(entry!.justificationLocation!.line)" : "",
            "hasJustificationSource": isPointerFollowed,
            "implementers": implementers,
            "hasImplementers": !implementers.isEmpty,
            "former": former,
            "hasFormer": !former.isEmpty,
            "evidence": [
                "parts": evidenceCountParts(control.id).enumerated().map { ["text": $1, "isFirst": $0 == 0] as PageContext },
                "hasEvidence": facts?.hasEvidence ?? false,
                "href": "evidence.html#" + Self.evidenceAnchor(control.id),
                "hasProblems": (facts?.evidenceItems ?? []).contains { evidenceRegister.items[$0].isProblem },
                "inherited": inherited > 0 ? "and \(Self.plural(inherited, "item")) the SoA lists for all its controls" : "",
                "hasInherited": inherited > 0,
            ] as PageContext,
        ]
    }

    private func applicabilityBadge(_ entry: StatementOfApplicability.Entry) -> PageContext {
        switch entry.applicable {
        case true?: return ["label": "Applicable", "class": "applicable"]
        case false?: return ["label": "Excluded", "class": "excluded"]
        case nil: return ["label": entry.applicableText.isEmpty ? "Not stated" : "Unclear: \(entry.applicableText)", "class": "unknown"]
        }
    }

    private func implementationBadge(_ entry: StatementOfApplicability.Entry) -> PageContext {
        switch entry.status {
        case .implemented?: return ["label": "Implemented", "class": "implemented"]
        case .partial?: return ["label": "Partial", "class": "partial"]
        case .planned?: return ["label": "Planned", "class": "planned"]
        case nil:
            if StatementOfApplicability.isEmptyStatus(entry.statusText) { return ["label": "—", "class": "none"] }
            return ["label": entry.statusText, "class": "unknown"]
        }
    }
}
