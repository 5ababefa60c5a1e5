import AIMSKit
import Foundation
import Testing

/// The sendable bundle: a manifest of every file, a deterministic zip, and `aims verify`.
struct BundleTests {
    let cli = CommandLineTests()

    static func repository() throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [docs]\n")
        try repository.write("docs/policy.md", "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n# AI policy\n\nText.\n")
        try repository.commit("Policy", date: "2026-01-10T10:00:00Z")
        repository.git("tag", "stage1")
        return repository
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aims-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("two builds of one commit give byte-identical zips and manifests; the cover names git describe")
    func deterministic() throws {
        let repository = try Self.repository()
        let first = try Self.folder(), second = try Self.folder()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        for folder in [first, second] {
            #expect(try cli.aims("build", repository.path, "--out", folder.appendingPathComponent("pack").path, "--bundle").status < 2)
        }
        let zips = try [first, second].map { try Data(contentsOf: $0.appendingPathComponent("pack.zip")) }
        #expect(zips[0] == zips[1])
        let manifest = try String(contentsOf: first.appendingPathComponent("pack/MANIFEST.sha256"), encoding: .utf8)
        #expect(manifest.contains("  index.html\n"))
        #expect(!manifest.contains("verification.html"))
        let verification = try String(contentsOf: first.appendingPathComponent("pack/verification.html"), encoding: .utf8)
        #expect(verification.contains(PackManifest.sha256(Array(manifest.utf8))))
        let cover = try String(contentsOf: first.appendingPathComponent("pack/index.html"), encoding: .utf8)
        #expect(cover.contains("<code>stage1</code>"))
    }

    @Test("aims verify: intact folder and zip pass; a changed, missing or extra file fails with 1; no pack is 2")
    func verify() throws {
        let repository = try Self.repository()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("pack")
        #expect(try cli.aims("build", repository.path, "--out", pack.path, "--bundle").status < 2)
        #expect(try cli.aims("verify", pack.path).status == 0)
        #expect(try cli.aims("verify", folder.appendingPathComponent("pack.zip").path).status == 0)
        let soa = pack.appendingPathComponent("soa.html")
        try Data((try String(contentsOf: soa, encoding: .utf8) + "<!-- altered -->").utf8).write(to: soa)
        try FileManager.default.removeItem(at: pack.appendingPathComponent("findings.html"))
        try Data("<p>added</p>".utf8).write(to: pack.appendingPathComponent("documents/extra.html"))
        let altered = try cli.aims("verify", pack.path)
        #expect(altered.status == 1)
        #expect(altered.output.contains("changed: soa.html"))
        #expect(altered.output.contains("missing: findings.html"))
        #expect(altered.output.contains("extra: documents/extra.html"))
        let manifest = pack.appendingPathComponent("MANIFEST.sha256")
        try Data((try String(contentsOf: manifest, encoding: .utf8)).replacingOccurrences(of: "  soa.html", with: "  soa.htm").utf8).write(to: manifest)
        let rehashed = try cli.aims("verify", pack.path)
        #expect(rehashed.output.contains("problem: verification.html does not state the manifest's hash"))
        #expect(try cli.aims("verify", repository.path).status == 2)
    }
}
