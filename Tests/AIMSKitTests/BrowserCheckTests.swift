import AIMSKit
import Foundation
import Testing

/// The packs of both realistic fixtures, checked as an auditor's browser and the validators
/// see them (Scripts/check-pack.py): the Nu HTML Checker, headless Chromium at 1366 and 390
/// px (console errors, CSP violations, pages wider than the screen), axe-core, and every
/// relative link and anchor.
struct BrowserCheckTests {
    @Test("SampleRepo's and Harbour Lane's packs pass the browser, validator, accessibility and link checks")
    func packsPassInARealBrowser() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aims-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = folder.appendingPathComponent("sample-repo").path
        try PlantedDefectTests.makeSample(at: sample)
        let samplePack = folder.appendingPathComponent("kestrel")
        try AuditPack.write(try Compiler().compile(Compiler.Request(path: sample)), to: samplePack)
        let (_, harbourLane) = try OtherStyleFixtureTests.compile()
        let harbourPack = folder.appendingPathComponent("harbour-lane")
        try AuditPack.write(harbourLane, to: harbourPack)
        let script = PullRequestTests.projectRoot.appendingPathComponent("Scripts/check-pack.py").path
        var environment = ProcessInfo.processInfo.environment
        environment["SE_AVOID_STATS"] = "true"
        let shots = folder.appendingPathComponent("screenshots").path
        let result = ChildProcess.run(["python3", script, samplePack.path, harbourPack.path, "--screenshots", shots], environment: environment)
        #expect(result.status == 0, "Scripts/check-pack.py found:\n\(result.output)\(result.error)")
        let screenshots = (try? FileManager.default.contentsOfDirectory(atPath: shots)) ?? []
        #expect(screenshots.filter { $0.hasSuffix("-390.png") }.count >= 4, "\(screenshots)")
    }
}
