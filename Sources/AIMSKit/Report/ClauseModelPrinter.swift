/// The text of `aims model`: the clause model aims checks against, readable in a terminal.
public enum ClauseModelPrinter {
    public static func text(_ model: ClauseModel) -> String {
        var text = "\(model.standard): clauses 4–10 (\(model.clauses.count) ids), Annex A (\(model.controls.count) controls)\n"
        text += "D = documented information to maintain, E = documented information retained as evidence\n\n"
        for clause in model.clauses {
            let depth = clause.id.split(separator: ".").count - 1
            let marker = clause.documentedInformation == "documented" ? "D" : clause.documentedInformation == "evidence" ? "E" : " "
            text += "\(marker) \(String(repeating: "  ", count: depth))\(clause.id) \(clause.title)\n"
        }
        text += "\nAnnex A controls\n"
        for group in model.controlGroups {
            text += "\n  \(group.id) \(group.title)\n"
            for control in model.controls where control.group == group.id {
                text += "    \(control.id) \(control.title)\n"
            }
        }
        text += "\nMandatory documented information (each needs a live document listing one of its clauses; usual types in brackets)\n"
        for item in model.mandatoryDocuments {
            text += "  \(item.clause.padding(toLength: 6, withPad: " ", startingAt: 0)) \(item.title) [\(item.usualTypes.map(\.rawValue).joined(separator: ", "))]\n"
        }
        return text
    }
}

import Foundation
