import Directory
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SanctuaryTestSupport
import Testing

@Suite struct TokenTests {
    let served: ServedDirectory

    init() throws { served = try ServedDirectory() }

    private static let organizations = "/v1/entities?kind=organization&limit=100"

    @Test func aPartnersTokenShowsPartnersEntitiesAndNeverPrivateOnes() async throws {
        let token = try served.store.createToken(name: "Casa")
        try await served.serve { client in
            let anyone = try await client.execute(uri: Self.organizations, method: .get)
            let partner = try await client.execute(
                uri: Self.organizations, method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(try anyone.names() == ServedDirectory.publicOrganizations)
            #expect(try partner.names() == (ServedDirectory.publicOrganizations + ["Partner"]).sorted())
            #expect(anyone.headers[.eTag] != partner.headers[.eTag])
            #expect(partner.headers[.vary] == "Authorization")

            let hidden = try served.store.entity(reference: "Hidden")
            let secret = try await client.execute(
                uri: "/v1/entities/\(hidden.id)", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(secret.status == .notFound)
        }
    }

    @Test func aRevokedOrUnknownTokenIsRefused() async throws {
        let token = try served.store.createToken(name: "Casa")
        try served.store.revokeToken(name: "Casa")
        try await served.serve { client in
            for header in ["Bearer \(token)", "Bearer sanctuary_madeup", "bearer \(token)"] {
                let refused = try await client.execute(
                    uri: Self.organizations, method: .get, headers: [.authorization: header])
                #expect(refused.status == .unauthorized)
                #expect(refused.headers[.wwwAuthenticate] == "Bearer error=\"invalid_token\"")
                #expect(refused.headers[.contentType] == "application/problem+json")
                #expect(
                    try refused.object()["detail"] as? String
                        == "the token is not valid: ask the directory's curator for one")
            }
            let basic = try await client.execute(
                uri: Self.organizations, method: .get, headers: [.authorization: "Basic Y2FzYTpjYXNh"])
            #expect(basic.status == .unauthorized)
            #expect(basic.headers[.wwwAuthenticate] == "Bearer")
        }
    }

    @Test func tokensAreKeptHashedAndNamesAreNotReused() throws {
        let token = try served.store.createToken(name: "Casa")
        #expect(token.hasPrefix("sanctuary_"))
        #expect(token.count > 40)
        #expect(try served.store.partner(token: token) == "Casa")
        #expect(throws: DirectoryError.tokenExists("Casa")) { try served.store.createToken(name: "Casa") }
        let dump = try ProcessRunner.dump(served.store.path)
        #expect(!dump.contains(String(token.dropFirst("sanctuary_".count))))
        try served.store.revokeToken(name: "Casa")
        #expect(try served.store.partner(token: token) == nil)
        #expect(throws: DirectoryError.notFound("Casa")) { try served.store.revokeToken(name: "Casa") }
        #expect(try served.store.tokens().map(\.name) == ["Casa"])
        #expect(try served.store.tokens().first?.revokedAt != nil)
    }
}
