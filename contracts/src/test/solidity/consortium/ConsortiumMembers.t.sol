// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Members and keys of a department after the bootstrap: setMember / removeMember /
// setDepartmentKeys by an ADMIN of that department only, the admin-count bookkeeping (the last
// admin stays), and the role views (requireRole / hasRole / memberOf): an expired credential
// strips OFFICER and CAPTAIN only, a suspended department yields no roles.

import {ConsortiumBase} from "./ConsortiumBase.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";

contract ConsortiumMembersTest is ConsortiumBase {
    address internal newcomer;
    bytes32 internal constant CREDENTIAL = keccak256(unicode"浙江省行政执法证 33020000001");

    function setUp() public override {
        super.setUp();
        newcomer = makeAddr("newcomer");
    }

    function _adminCount(bytes32 department) internal view returns (uint256) {
        return consortium.departmentOf(department).adminCount;
    }

    function _unauthorised(address account, uint16 roles) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, account, roles);
    }

    // ------------------------------------------------------------ setMember

    function test_setMember_addsMemberToOwnDepartment() public {
        uint64 expiry = START + 30 days;
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.MemberSet(newcomer, ENFORCEMENT, Roles.OFFICER, CREDENTIAL, expiry, enforcementAdmin, START);
        vm.prank(enforcementAdmin);
        consortium.setMember(newcomer, Roles.OFFICER, CREDENTIAL, expiry);

        (Consortium.Member memory m, uint16 effective) = consortium.memberOf(newcomer);
        assertEq(m.department, ENFORCEMENT, "department");
        assertEq(m.roles, Roles.OFFICER, "roles");
        assertEq(m.credentialRef, CREDENTIAL, "credential");
        assertEq(m.credentialExpiry, expiry, "expiry");
        assertEq(effective, Roles.OFFICER, "effective");
        assertEq(_adminCount(ENFORCEMENT), 1, "admin count unchanged");
    }

    function test_setMember_changesRolesOfOwnMember() public {
        vm.prank(enforcementAdmin);
        consortium.setMember(officer, Roles.OFFICE | Roles.AUDITOR, bytes32(0), 0);

        (Consortium.Member memory m, uint16 effective) = consortium.memberOf(officer);
        assertEq(m.roles, Roles.OFFICE | Roles.AUDITOR, "roles");
        assertEq(m.credentialRef, bytes32(0), "credential cleared");
        assertEq(effective, Roles.OFFICE | Roles.AUDITOR, "effective");
        assertFalse(consortium.hasRole(officer, Roles.OFFICER), "officer role gone");
    }

    function test_setMember_promotingAndDemotingAdminsKeepsTheCount() public {
        vm.prank(enforcementAdmin);
        consortium.setMember(office, Roles.OFFICE | Roles.ADMIN, bytes32(0), 0);
        assertEq(_adminCount(ENFORCEMENT), 2, "after promotion");

        // Setting an admin again as admin does not count twice.
        vm.prank(office);
        consortium.setMember(office, Roles.ADMIN, bytes32(0), 0);
        assertEq(_adminCount(ENFORCEMENT), 2, "after re-setting an admin");

        // The promoted admin demotes the original one.
        vm.prank(office);
        consortium.setMember(enforcementAdmin, Roles.AUDITOR, bytes32(0), 0);
        assertEq(_adminCount(ENFORCEMENT), 1, "after demotion");
        assertFalse(consortium.hasRole(enforcementAdmin, Roles.ADMIN), "demoted admin");
        assertEq(_adminCount(TRAFFIC), 1, "other department untouched");
    }

    function test_RevertWhen_setMember_callerIsNotAdmin() public {
        vm.expectRevert(_unauthorised(captain, Roles.ADMIN));
        vm.prank(captain);
        consortium.setMember(newcomer, Roles.OFFICE, bytes32(0), 0);
    }

    function test_RevertWhen_setMember_callerIsOutsider() public {
        vm.expectRevert(_unauthorised(outsider, Roles.ADMIN));
        vm.prank(outsider);
        consortium.setMember(newcomer, Roles.OFFICE, bytes32(0), 0);
    }

    function test_RevertWhen_setMember_callerIsAdminOfSuspendedDepartment() public {
        _suspend(FIRE);
        vm.expectRevert(_unauthorised(fireAdmin, Roles.ADMIN));
        vm.prank(fireAdmin);
        consortium.setMember(newcomer, Roles.OFFICE, bytes32(0), 0);
    }

    function test_RevertWhen_setMember_accountIsMemberOfOtherDepartment() public {
        vm.expectRevert(
            abi.encodeWithSelector(Consortium.Consortium_MemberOfOtherDepartment.selector, trafficOfficer, TRAFFIC)
        );
        vm.prank(enforcementAdmin);
        consortium.setMember(trafficOfficer, Roles.OFFICE, bytes32(0), 0);
    }

    function test_RevertWhen_setMember_adminTakesOverAnotherDepartmentsAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(Consortium.Consortium_MemberOfOtherDepartment.selector, trafficAdmin, TRAFFIC)
        );
        vm.prank(enforcementAdmin);
        consortium.setMember(trafficAdmin, Roles.AUDITOR, bytes32(0), 0);
    }

    function test_RevertWhen_setMember_accountIsMemberOfSuspendedDepartment() public {
        _suspend(FIRE);
        vm.expectRevert(
            abi.encodeWithSelector(Consortium.Consortium_MemberOfOtherDepartment.selector, fireOfficer, FIRE)
        );
        vm.prank(enforcementAdmin);
        consortium.setMember(fireOfficer, Roles.OFFICER, CREDENTIAL, START + 1 days);
    }

    function test_RevertWhen_setMember_rolesAreZero() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidRoles.selector, uint16(0)));
        vm.prank(enforcementAdmin);
        consortium.setMember(newcomer, 0, bytes32(0), 0);
    }

    function test_RevertWhen_setMember_rolesHaveUnknownBit() public {
        uint16[3] memory bad = [UNKNOWN_ROLE, Roles.OFFICE | uint16(1 << 15), uint16(type(uint16).max)];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidRoles.selector, bad[i]));
            vm.prank(enforcementAdmin);
            consortium.setMember(newcomer, bad[i], bytes32(0), 0);
        }
    }

    function test_RevertWhen_setMember_officerWithoutCredentialRef() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_MissingCredential.selector, newcomer));
        vm.prank(enforcementAdmin);
        consortium.setMember(newcomer, Roles.OFFICER, bytes32(0), START + 30 days);
    }

    function test_RevertWhen_setMember_captainWithExpiredCredential() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_MissingCredential.selector, newcomer));
        vm.prank(enforcementAdmin);
        consortium.setMember(newcomer, Roles.CAPTAIN | Roles.OFFICE, CREDENTIAL, START);
    }

    function test_RevertWhen_setMember_accountIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidAccount.selector, address(0)));
        vm.prank(enforcementAdmin);
        consortium.setMember(address(0), Roles.OFFICE, bytes32(0), 0);
    }

    function test_RevertWhen_setMember_demotesTheLastAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_LastAdmin.selector, ENFORCEMENT));
        vm.prank(enforcementAdmin);
        consortium.setMember(enforcementAdmin, Roles.OFFICE, bytes32(0), 0);
    }

    // ------------------------------------------------------------ removeMember

    function test_removeMember_removesOwnMemberAndFreesTheAccount() public {
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.MemberRemoved(officer, ENFORCEMENT, enforcementAdmin, START);
        vm.prank(enforcementAdmin);
        consortium.removeMember(officer);

        (Consortium.Member memory m, uint16 effective) = consortium.memberOf(officer);
        assertEq(m.department, bytes32(0), "department cleared");
        assertEq(m.roles, 0, "roles cleared");
        assertEq(effective, 0, "no effective roles");
        assertFalse(consortium.hasRole(officer, Roles.ALL), "hasRole");

        // A removed account may join another department.
        vm.prank(trafficAdmin);
        consortium.setMember(officer, Roles.CUSTODIAN, bytes32(0), 0);
        (m,) = consortium.memberOf(officer);
        assertEq(m.department, TRAFFIC, "joined traffic");
    }

    function test_removeMember_removingOneOfTwoAdminsDecrementsTheCount() public {
        vm.prank(enforcementAdmin);
        consortium.setMember(office, Roles.ADMIN, bytes32(0), 0);
        vm.prank(office);
        consortium.removeMember(enforcementAdmin);
        assertEq(_adminCount(ENFORCEMENT), 1, "admin count");
        assertTrue(consortium.hasRole(office, Roles.ADMIN), "remaining admin");
    }

    function test_RevertWhen_removeMember_lastAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_LastAdmin.selector, ENFORCEMENT));
        vm.prank(enforcementAdmin);
        consortium.removeMember(enforcementAdmin);
    }

    function test_RevertWhen_removeMember_memberOfOtherDepartment() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_NotMember.selector, trafficOfficer, ENFORCEMENT));
        vm.prank(enforcementAdmin);
        consortium.removeMember(trafficOfficer);
    }

    function test_RevertWhen_removeMember_accountIsNoMember() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_NotMember.selector, outsider, ENFORCEMENT));
        vm.prank(enforcementAdmin);
        consortium.removeMember(outsider);
    }

    function test_RevertWhen_removeMember_callerIsNotAdmin() public {
        vm.expectRevert(_unauthorised(captain, Roles.ADMIN));
        vm.prank(captain);
        consortium.removeMember(officer);
    }

    function test_RevertWhen_removeMember_callerIsOutsider() public {
        vm.expectRevert(_unauthorised(outsider, Roles.ADMIN));
        vm.prank(outsider);
        consortium.removeMember(officer);
    }

    function test_RevertWhen_removeMember_callerIsAdminOfSuspendedDepartment() public {
        _suspend(FIRE);
        vm.expectRevert(_unauthorised(fireAdmin, Roles.ADMIN));
        vm.prank(fireAdmin);
        consortium.removeMember(fireOfficer);
    }

    // ------------------------------------------------------------ setDepartmentKeys

    function test_setDepartmentKeys_rotatesOwnDepartmentsKeys() public {
        address newSeal = makeAddr("new traffic seal");
        bytes memory compressed = abi.encodePacked(bytes1(0x02), keccak256("x"));
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.DepartmentKeysChanged(TRAFFIC, newSeal, compressed, START);
        vm.prank(trafficAdmin);
        consortium.setDepartmentKeys(newSeal, compressed);

        assertEq(consortium.sealOf(TRAFFIC), newSeal, "seal");
        assertEq(consortium.encryptionKeyOf(TRAFFIC), compressed, "key");
        assertTrue(consortium.isActiveDepartment(TRAFFIC), "still active");
        assertEq(consortium.sealOf(ENFORCEMENT), vm.addr(sealKeyOf[ENFORCEMENT]), "other seal untouched");
    }

    function test_setDepartmentKeys_acceptsUncompressedKey() public {
        bytes memory uncompressed = abi.encodePacked(bytes1(0x04), keccak256("x"), keccak256("y"));
        vm.prank(trafficAdmin);
        consortium.setDepartmentKeys(custodian, uncompressed);
        assertEq(consortium.encryptionKeyOf(TRAFFIC), uncompressed, "key");
    }

    function test_RevertWhen_setDepartmentKeys_sealIsZero() public {
        bytes memory key = encryptionKeyFor(TRAFFIC);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidSeal.selector, address(0)));
        vm.prank(trafficAdmin);
        consortium.setDepartmentKeys(address(0), key);
    }

    function test_RevertWhen_setDepartmentKeys_keyHasWrongLength() public {
        uint256[6] memory bad = [uint256(0), 1, 32, 34, 63, 66];
        for (uint256 i; i < bad.length; ++i) {
            bytes memory key = new bytes(bad[i]);
            vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidEncryptionKey.selector, bad[i]));
            vm.prank(trafficAdmin);
            consortium.setDepartmentKeys(custodian, key);
        }
    }

    function test_RevertWhen_setDepartmentKeys_callerIsNotAdmin() public {
        bytes memory key = encryptionKeyFor(TRAFFIC);
        vm.expectRevert(_unauthorised(custodian, Roles.ADMIN));
        vm.prank(custodian);
        consortium.setDepartmentKeys(custodian, key);
    }

    function test_RevertWhen_setDepartmentKeys_callerIsOutsider() public {
        bytes memory key = encryptionKeyFor(TRAFFIC);
        vm.expectRevert(_unauthorised(outsider, Roles.ADMIN));
        vm.prank(outsider);
        consortium.setDepartmentKeys(outsider, key);
    }

    function test_RevertWhen_setDepartmentKeys_callerIsAdminOfSuspendedDepartment() public {
        _suspend(TRAFFIC);
        bytes memory key = encryptionKeyFor(TRAFFIC);
        vm.expectRevert(_unauthorised(trafficAdmin, Roles.ADMIN));
        vm.prank(trafficAdmin);
        consortium.setDepartmentKeys(trafficAdmin, key);
    }

    // ------------------------------------------------------------ role views

    function test_requireRole_returnsDepartmentAndEffectiveRoles() public view {
        (bytes32 department, uint16 roles) = consortium.requireRole(captain, Roles.CAPTAIN);
        assertEq(department, ENFORCEMENT, "department");
        assertEq(roles, Roles.CAPTAIN | Roles.OFFICER, "roles");
        assertTrue(consortium.hasRole(captain, Roles.OFFICER | Roles.ADMIN), "any of");
        assertFalse(consortium.hasRole(captain, Roles.ADMIN), "not admin");
    }

    function test_RevertWhen_requireRole_memberLacksTheRole() public {
        vm.expectRevert(_unauthorised(officer, Roles.CAPTAIN | Roles.OFFICE));
        consortium.requireRole(officer, Roles.CAPTAIN | Roles.OFFICE);
    }

    function test_RevertWhen_requireRole_outsider() public {
        vm.expectRevert(_unauthorised(outsider, Roles.ALL));
        consortium.requireRole(outsider, Roles.ALL);
    }

    function test_credentialExpiry_stripsOnlyOfficerAndCaptain() public {
        uint16 roles = Roles.OFFICER | Roles.CAPTAIN | Roles.AUDITOR | Roles.OFFICE;
        uint64 expiry = START + 1 days;
        vm.prank(enforcementAdmin);
        consortium.setMember(newcomer, roles, CREDENTIAL, expiry);
        vm.warp(expiry);

        (Consortium.Member memory m, uint16 effective) = consortium.memberOf(newcomer);
        assertEq(m.roles, roles, "stored roles kept");
        assertEq(effective, Roles.AUDITOR | Roles.OFFICE, "effective roles");
        assertFalse(consortium.hasRole(newcomer, Roles.CREDENTIALED), "no enforcement power");
        assertTrue(consortium.hasRole(newcomer, Roles.AUDITOR), "auditor kept");
        (, uint16 viaRequire) = consortium.requireRole(newcomer, Roles.OFFICE);
        assertEq(viaRequire, Roles.AUDITOR | Roles.OFFICE, "requireRole roles");

        vm.expectRevert(_unauthorised(newcomer, Roles.CREDENTIALED));
        consortium.requireRole(newcomer, Roles.CREDENTIALED);
    }

    function test_credentialRenewal_restoresEnforcementRoles() public {
        vm.warp(START + CREDENTIAL_VALID_FOR);
        assertFalse(consortium.hasRole(officer, Roles.OFFICER), "expired");
        uint64 renewedUntil = START + 2 * CREDENTIAL_VALID_FOR;
        vm.prank(enforcementAdmin);
        consortium.setMember(officer, Roles.OFFICER, CREDENTIAL, renewedUntil);
        (bytes32 department, uint16 roles) = consortium.requireRole(officer, Roles.OFFICER);
        assertEq(department, ENFORCEMENT, "department");
        assertEq(roles, Roles.OFFICER, "roles restored");
    }

    function test_suspendedDepartment_yieldsNoRolesButKeepsMembership() public {
        _suspend(TRAFFIC);
        (Consortium.Member memory m, uint16 effective) = consortium.memberOf(custodian);
        assertEq(m.department, TRAFFIC, "still a member");
        assertEq(m.roles, Roles.CUSTODIAN, "stored roles kept");
        assertEq(effective, 0, "no effective roles");
        assertFalse(consortium.hasRole(trafficAdmin, Roles.ALL), "admin has nothing");
        vm.expectRevert(_unauthorised(trafficOfficer, Roles.OFFICER));
        consortium.requireRole(trafficOfficer, Roles.OFFICER);
    }

    function test_views_unknownAccountAndDepartmentAreEmpty() public view {
        (Consortium.Member memory m, uint16 effective) = consortium.memberOf(outsider);
        assertEq(m.department, bytes32(0), "department");
        assertEq(effective, 0, "roles");
        assertFalse(consortium.hasRole(outsider, Roles.ALL), "hasRole");
        Consortium.Department memory d = consortium.departmentOf(PUBLIC_SECURITY);
        assertFalse(d.registered, "registered");
        assertEq(consortium.sealOf(PUBLIC_SECURITY), address(0), "seal");
        assertEq(consortium.encryptionKeyOf(PUBLIC_SECURITY).length, 0, "key");
        assertFalse(consortium.isActiveDepartment(PUBLIC_SECURITY), "active");
    }

    // ------------------------------------------------------------ fuzz

    /// @dev A mask is accepted iff it is non-zero and has only role bits; what is accepted is stored.
    function testFuzz_setMember_roleMask(uint16 roles) public {
        bool valid = roles != 0 && roles & ~Roles.ALL == 0;
        uint64 expiry = START + 1 days;
        if (!valid) vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidRoles.selector, roles));
        vm.prank(enforcementAdmin);
        consortium.setMember(newcomer, roles, CREDENTIAL, expiry);

        (Consortium.Member memory m, uint16 effective) = consortium.memberOf(newcomer);
        assertEq(m.roles, valid ? roles : 0, "stored roles");
        assertEq(effective, valid ? roles : 0, "effective roles");
        assertEq(_adminCount(ENFORCEMENT), valid && roles & Roles.ADMIN != 0 ? 2 : 1, "admin count");
    }

    /// @dev OFFICER/CAPTAIN need a credential expiring strictly after now.
    function testFuzz_setMember_credentialExpiryMustBeInTheFuture(uint64 expiry, bool captainRole) public {
        uint16 roles = captainRole ? Roles.CAPTAIN : Roles.OFFICER;
        bool valid = expiry > START;
        if (!valid) {
            vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_MissingCredential.selector, newcomer));
        }
        vm.prank(enforcementAdmin);
        consortium.setMember(newcomer, roles, CREDENTIAL, expiry);
        assertEq(consortium.hasRole(newcomer, roles), valid, "role held");
    }

    /// @dev Around the expiry instant: credentialed roles until expiry - 1, never at or after it;
    /// the other roles throughout.
    function testFuzz_credentialExpiry_boundary(uint256 validFor, uint256 offset) public {
        validFor = bound(validFor, 1, 10 * 365 days);
        uint64 expiry = START + uint64(validFor);
        int256 delta = int256(bound(offset, 0, 20)) - 10; // within ten seconds of the expiry
        int256 when = int256(uint256(expiry)) + delta;
        if (when < int256(uint256(START))) when = int256(uint256(START));

        vm.prank(enforcementAdmin);
        consortium.setMember(newcomer, Roles.OFFICER | Roles.CAPTAIN | Roles.CUSTODIAN, CREDENTIAL, expiry);
        vm.warp(uint256(when));

        bool credentialed = uint256(when) < expiry;
        (, uint16 effective) = consortium.memberOf(newcomer);
        assertEq(
            effective,
            credentialed ? Roles.OFFICER | Roles.CAPTAIN | Roles.CUSTODIAN : Roles.CUSTODIAN,
            "effective roles"
        );
        assertEq(consortium.hasRole(newcomer, Roles.OFFICER), credentialed, "officer");
        assertEq(consortium.hasRole(newcomer, Roles.CAPTAIN), credentialed, "captain");
        assertTrue(consortium.hasRole(newcomer, Roles.CUSTODIAN), "custodian");
    }

    /// @dev Only 33-, 64- and 65-byte keys are accepted.
    function testFuzz_setDepartmentKeys_keyLength(uint256 length, bytes32 fill) public {
        length = bound(length, 0, 200);
        bytes memory key = new bytes(length);
        for (uint256 i; i < length; ++i) {
            key[i] = fill[i % 32];
        }
        bool valid = length == 33 || length == 64 || length == 65;
        bytes memory before = consortium.encryptionKeyOf(TRAFFIC);
        if (!valid) {
            vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidEncryptionKey.selector, length));
        }
        vm.prank(trafficAdmin);
        consortium.setDepartmentKeys(custodian, key);
        assertEq(consortium.encryptionKeyOf(TRAFFIC), valid ? key : before, "stored key");
    }
}
