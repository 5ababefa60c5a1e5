import Foundation

/// How the audit pack looks and what it carries (aims.yaml `pack`).
public struct PackSettings: Sendable, Equatable {
    /// Repository files larger than this are listed with their hash, not copied into the pack.
    public var maximumFileBytes = PackSettings.defaultMaximumFileBytes
    /// The printed page size, as CSS `@page size` names it.
    public var paper: Paper = .a4
    /// Repository path (relative to the AIMS root as written) of an image shown in the masthead.
    public var logo: Located<String>?
    /// The accent colour of headings, links and the masthead rule, as `#rrggbb`.
    public var accentColor: String?

    public init() {}

    /// The accent mixed 8 % into white: the pale ground of callouts and badges drawn in it.
    public var accentTint: String? {
        accentColor.map { color in
            let hex = color.dropFirst()
            return "#" + stride(from: 0, to: 6, by: 2).map { offset -> String in
                let start = hex.index(hex.startIndex, offsetBy: offset)
                let channel = Double(Int(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 0)
                let mixed = Int((channel * 0.08 + 255 * 0.92).rounded())
                return String(format: "%02x", mixed)
            }.joined()
        }
    }

    public static let defaultMaximumFileBytes = 10 * 1024 * 1024
    /// Nothing larger is ever copied, whatever the setting: the pack is built in memory.
    public static let maximumFileBytesRange = 0...(512 * 1024 * 1024)

    public enum Paper: String, Sendable, CaseIterable {
        case a4 = "A4", a3 = "A3", a5 = "A5", letter, legal
    }
}

extension Configuration {
    static let packSettingNames = ["max_file_size", "paper", "logo", "accent_color"]

    mutating func readPack(_ node: YAMLNode) {
        guard let pairs = node.mapping else {
            issues.append(Issue(message: "'pack' must be a mapping (\(Self.packSettingNames.joined(separator: ", ")))", line: node.line, column: node.column))
            return
        }
        for pair in pairs {
            let value = pair.value
            switch pair.key.scalar {
            case "max_file_size"?:
                let range = PackSettings.maximumFileBytesRange
                guard let bytes = value.scalar.flatMap(Self.byteCount), range.contains(bytes) else {
                    issues.append(Issue(message: "'pack.max_file_size' must be a size from 0 to \(range.upperBound / 1024 / 1024) MB, not '\(value.scalar ?? value.kindDescription)'",
                                        line: value.line, column: value.column, hint: "write bytes or a size such as 500 KB or 25 MB"))
                    continue
                }
                pack.maximumFileBytes = bytes
            case "paper"?:
                guard let paper = value.scalar.flatMap({ name in PackSettings.Paper.allCases.first { $0.rawValue.lowercased() == name.lowercased() } }) else {
                    issues.append(Issue(message: "'\(value.scalar ?? value.kindDescription)' is not a paper size aims prints on", line: value.line, column: value.column,
                                        hint: "paper: " + PackSettings.Paper.allCases.map(\.rawValue).joined(separator: ", ")))
                    continue
                }
                pack.paper = paper
            case "logo"?:
                guard let path = value.scalar, !path.isEmpty else {
                    issues.append(Issue(message: "'pack.logo' must be the path of an image in the repository", line: value.line, column: value.column))
                    continue
                }
                pack.logo = Located(path, line: value.line, column: value.column)
            case "accent_color"?:
                guard let color = value.scalar, Self.isHexColor(color) else {
                    issues.append(Issue(message: "'pack.accent_color' must be a colour written #rrggbb, not '\(value.scalar ?? value.kindDescription)'", line: value.line, column: value.column,
                                        hint: "for example accent_color: \"#1d4e89\" (quoted: YAML reads # as a comment)"))
                    continue
                }
                // Links, headings and the current menu item are drawn in it on white and on pale
                // panels: below 4.5:1 they fail WCAG AA for the auditor reading them.
                let contrast = Self.contrastOnPanel(color)
                guard contrast >= 4.5 else {
                    issues.append(Issue(message: "accent colour \(color) is too light to read on the pack's pages (\(String(format: "%.1f", contrast)):1; at least 4.5:1 is needed)", line: value.line, column: value.column,
                                        hint: "choose a darker shade of the colour; the default accent stands"))
                    continue
                }
                pack.accentColor = color.lowercased()
            default:
                issues.append(Issue(message: "unknown pack setting '\(pair.key.scalar ?? "")'", line: pair.key.line, column: pair.key.column, hint: "known: " + Self.packSettingNames.joined(separator: ", ")))
            }
        }
    }

    /// "1048576", "500 KB", "25MB", "1 GiB" → bytes (KB and KiB both count 1,024, as file
    /// managers show them); nil for anything else or an overflow.
    public static func byteCount(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 12, let number = Int(digits) else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
        let factors = ["": 1, "b": 1, "kb": 1 << 10, "kib": 1 << 10, "k": 1 << 10, "mb": 1 << 20, "mib": 1 << 20, "m": 1 << 20, "gb": 1 << 30, "gib": 1 << 30, "g": 1 << 30]
        guard let factor = factors[unit] else { return nil }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: factor)
        return overflow ? nil : bytes
    }

    /// WCAG 2 contrast ratio of an `#rrggbb` colour against the pack's pale panel (#f6f7f9),
    /// the lighter of its two backgrounds' darker one: legible there, legible on white too.
    static func contrastOnPanel(_ color: String) -> Double {
        (luminance("#f6f7f9") + 0.05) / (luminance(color) + 0.05)
    }

    static func luminance(_ color: String) -> Double {
        let hex = color.dropFirst()
        let channels = stride(from: 0, to: 6, by: 2).map { offset -> Double in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            let value = Double(Int(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func isHexColor(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count == 7 && scalars[0] == "#" && scalars.dropFirst().allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
