import Crypto

/// SHA-256 as lowercase hex: the pack's manifest and the findings' fingerprints both use it.
enum Digest {
    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
