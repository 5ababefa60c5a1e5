extension PackFacts {
    /// verification.html: how to check that the pack is the one aims built, and the hash of
    /// its manifest (the one file the manifest cannot list).
    func verificationPage(manifestHash: String, fileCount: Int) -> PageContext {
        page("Verification", current: nil, [
            "manifestHash": manifestHash,
            "manifestName": PackManifest.fileName,
            "fileCount": Self.plural(fileCount, "file"),
            "aimsVersion": AIMSVersion.current,
            "commitSHA": compilation.origin.commit?.id.hex ?? "",
            "hasCommit": compilation.origin.commit != nil,
            "describe": compilation.describe ?? "",
            "hasDescribe": compilation.describe != nil,
        ])
    }
}
