// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// The bootstrap of the Consortium: only the deployer registers the first departments and
// members, only before `finishBootstrap`; finishing needs at least one department and an admin in
// every department; afterwards the deployer keeps no power at all.

import {TestBase} from "yunxi-test/kit/TestBase.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";

contract ConsortiumBootstrapTest is TestBase {
    bytes32 internal constant ENFORCEMENT = "JB-ZHXZZF";
    bytes32 internal constant TRAFFIC = "JB-JJDD";
    bytes32 internal constant ENFORCEMENT_NAME = keccak256(unicode"宁波市江北区综合行政执法局");
    bytes32 internal constant TRAFFIC_NAME = keccak256(unicode"宁波市公安局江北分局交通警察大队");
    uint64 internal constant START = 1_795_828_800;

    Consortium internal consortium;
    address internal seal;
    address internal admin;
    address internal officer;
    address internal stranger;
    bytes internal key64;

    function setUp() public {
        vm.warp(START);
        consortium = new Consortium();
        seal = makeAddr("seal");
        admin = makeAddr("admin");
        officer = makeAddr("officer");
        stranger = makeAddr("stranger");
        key64 = _key(64);
    }

    function _key(uint256 length) internal pure returns (bytes memory key) {
        key = new bytes(length);
        for (uint256 i; i < length; ++i) {
            key[i] = bytes1(uint8(i + 1));
        }
    }

    /// @dev One department with one admin, ready to finish.
    function _minimal() internal {
        consortium.bootstrapDepartment(ENFORCEMENT, ENFORCEMENT_NAME, seal, key64);
        consortium.bootstrapMember(admin, ENFORCEMENT, Roles.ADMIN, bytes32(0), 0);
    }

    // ------------------------------------------------------------ happy paths

    function test_constructor_makesDeployerTheBootstrapper() public view {
        assertEq(consortium.bootstrapper(), address(this), "bootstrapper");
        assertEq(consortium.registeredDepartmentCount(), 0, "registered");
        assertEq(consortium.activeDepartmentCount(), 0, "active");
    }

    function test_bootstrapDepartment_registersActiveDepartment() public {
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.DepartmentRegistered(ENFORCEMENT, ENFORCEMENT_NAME, seal, key64, START);
        consortium.bootstrapDepartment(ENFORCEMENT, ENFORCEMENT_NAME, seal, key64);

        Consortium.Department memory d = consortium.departmentOf(ENFORCEMENT);
        assertTrue(d.registered, "registered");
        assertTrue(d.active, "active");
        assertEq(d.seal, seal, "seal");
        assertEq(d.adminCount, 0, "no admin yet");
        assertEq(d.nameHash, ENFORCEMENT_NAME, "name hash");
        assertEq(d.encryptionKey, key64, "key");
        assertEq(consortium.sealOf(ENFORCEMENT), seal, "sealOf");
        assertEq(consortium.encryptionKeyOf(ENFORCEMENT), key64, "encryptionKeyOf");
        assertTrue(consortium.isActiveDepartment(ENFORCEMENT), "isActiveDepartment");
        assertEq(consortium.registeredDepartmentCount(), 1, "registered count");
        assertEq(consortium.activeDepartmentCount(), 1, "active count");
    }

    function test_bootstrapDepartment_acceptsCompressedRawAndUncompressedKeys() public {
        consortium.bootstrapDepartment("K33", bytes32(0), seal, _key(33));
        consortium.bootstrapDepartment("K64", bytes32(0), seal, _key(64));
        consortium.bootstrapDepartment("K65", bytes32(0), seal, _key(65));
        assertEq(consortium.encryptionKeyOf("K33").length, 33, "33");
        assertEq(consortium.encryptionKeyOf("K64").length, 64, "64");
        assertEq(consortium.encryptionKeyOf("K65").length, 65, "65");
        assertEq(consortium.activeDepartmentCount(), 3, "active count");
    }

    function test_bootstrapMember_setsMemberAndCountsAdmin() public {
        consortium.bootstrapDepartment(ENFORCEMENT, ENFORCEMENT_NAME, seal, key64);
        bytes32 credential = keccak256("credential:officer");
        uint64 expiry = START + 365 days;

        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.MemberSet(officer, ENFORCEMENT, Roles.OFFICER, credential, expiry, address(this), START);
        consortium.bootstrapMember(officer, ENFORCEMENT, Roles.OFFICER, credential, expiry);
        consortium.bootstrapMember(admin, ENFORCEMENT, Roles.ADMIN, bytes32(0), 0);

        (Consortium.Member memory m, uint16 effective) = consortium.memberOf(officer);
        assertEq(m.department, ENFORCEMENT, "department");
        assertEq(m.roles, Roles.OFFICER, "roles");
        assertEq(m.credentialRef, credential, "credential");
        assertEq(m.credentialExpiry, expiry, "expiry");
        assertEq(effective, Roles.OFFICER, "effective roles");
        assertEq(consortium.departmentOf(ENFORCEMENT).adminCount, 1, "admin count");
    }

    function test_finishBootstrap_endsTheBootstrap() public {
        _minimal();
        consortium.bootstrapDepartment(TRAFFIC, TRAFFIC_NAME, seal, key64);
        consortium.bootstrapMember(stranger, TRAFFIC, Roles.ADMIN | Roles.CUSTODIAN, bytes32(0), 0);

        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.BootstrapFinished(address(this), 2, START);
        consortium.finishBootstrap();

        assertEq(consortium.bootstrapper(), address(0), "bootstrapper cleared");
        assertEq(consortium.activeDepartmentCount(), 2, "active count");
    }

    function test_bootstrapMember_mayLeaveDepartmentWithoutAdminUntilFinish() public {
        _minimal();
        // Demoting the only admin is allowed while bootstrapping ...
        consortium.bootstrapMember(admin, ENFORCEMENT, Roles.OFFICE, bytes32(0), 0);
        assertEq(consortium.departmentOf(ENFORCEMENT).adminCount, 0, "admin count after demotion");
        // ... but the bootstrap cannot finish like that.
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_DepartmentWithoutAdmin.selector, 1));
        consortium.finishBootstrap();
        // Re-promoting makes it finishable again.
        consortium.bootstrapMember(admin, ENFORCEMENT, Roles.ADMIN, bytes32(0), 0);
        consortium.finishBootstrap();
        assertEq(consortium.bootstrapper(), address(0), "finished");
    }

    // ------------------------------------------------------------ only the deployer

    function test_RevertWhen_bootstrapDepartment_callerIsNotDeployer() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_NotBootstrapper.selector, stranger));
        vm.prank(stranger);
        consortium.bootstrapDepartment(ENFORCEMENT, ENFORCEMENT_NAME, seal, key64);
    }

    function test_RevertWhen_bootstrapMember_callerIsNotDeployer() public {
        consortium.bootstrapDepartment(ENFORCEMENT, ENFORCEMENT_NAME, seal, key64);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_NotBootstrapper.selector, stranger));
        vm.prank(stranger);
        consortium.bootstrapMember(stranger, ENFORCEMENT, Roles.ADMIN, bytes32(0), 0);
    }

    function test_RevertWhen_bootstrapMember_callerIsABootstrappedAdmin() public {
        _minimal();
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_NotBootstrapper.selector, admin));
        vm.prank(admin);
        consortium.bootstrapMember(officer, ENFORCEMENT, Roles.OFFICE, bytes32(0), 0);
    }

    function test_RevertWhen_finishBootstrap_callerIsNotDeployer() public {
        _minimal();
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_NotBootstrapper.selector, admin));
        vm.prank(admin);
        consortium.finishBootstrap();
    }

    // ------------------------------------------------------------ not after finishing

    function test_RevertWhen_bootstrapDepartment_afterFinish() public {
        _minimal();
        consortium.finishBootstrap();
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_BootstrapFinished.selector));
        consortium.bootstrapDepartment(TRAFFIC, TRAFFIC_NAME, seal, key64);
    }

    function test_RevertWhen_bootstrapMember_afterFinish() public {
        _minimal();
        consortium.finishBootstrap();
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_BootstrapFinished.selector));
        consortium.bootstrapMember(officer, ENFORCEMENT, Roles.ADMIN, bytes32(0), 0);
    }

    function test_RevertWhen_finishBootstrap_twice() public {
        _minimal();
        consortium.finishBootstrap();
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_BootstrapFinished.selector));
        consortium.finishBootstrap();
    }

    function test_RevertWhen_bootstrapDepartment_strangerAfterFinish() public {
        _minimal();
        consortium.finishBootstrap();
        // Once finished nobody is the bootstrapper: the zero address check comes first.
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_BootstrapFinished.selector));
        vm.prank(stranger);
        consortium.bootstrapDepartment(TRAFFIC, TRAFFIC_NAME, seal, key64);
    }

    function test_RevertWhen_deployerManagesMembersAfterFinish() public {
        _minimal();
        consortium.finishBootstrap();
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, address(this), Roles.ADMIN));
        consortium.setMember(officer, Roles.OFFICE, bytes32(0), 0);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, address(this), Roles.ADMIN));
        consortium.removeMember(admin);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, address(this), Roles.ADMIN));
        consortium.setDepartmentKeys(address(this), key64);
    }

    function test_RevertWhen_deployerGovernsAfterFinish() public {
        _minimal();
        consortium.finishBootstrap();
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, address(this), Roles.ADMIN));
        consortium.propose(Consortium.ProposalAction.AddDepartment, TRAFFIC, TRAFFIC_NAME, seal, key64, address(this));
        vm.prank(admin);
        uint256 id =
            consortium.propose(Consortium.ProposalAction.AddDepartment, TRAFFIC, TRAFFIC_NAME, seal, key64, stranger);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, address(this), Roles.ADMIN));
        consortium.approve(id);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, address(this), Roles.ADMIN));
        consortium.execute(id);
    }

    // ------------------------------------------------------------ invalid state and arguments

    function test_RevertWhen_finishBootstrap_nothingBootstrapped() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_NothingBootstrapped.selector));
        consortium.finishBootstrap();
    }

    function test_RevertWhen_finishBootstrap_departmentsWithoutAdmin() public {
        consortium.bootstrapDepartment(ENFORCEMENT, ENFORCEMENT_NAME, seal, key64);
        consortium.bootstrapDepartment(TRAFFIC, TRAFFIC_NAME, seal, key64);
        // A member who is not an admin does not count.
        consortium.bootstrapMember(officer, ENFORCEMENT, Roles.OFFICE, bytes32(0), 0);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_DepartmentWithoutAdmin.selector, 2));
        consortium.finishBootstrap();

        consortium.bootstrapMember(admin, ENFORCEMENT, Roles.ADMIN, bytes32(0), 0);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_DepartmentWithoutAdmin.selector, 1));
        consortium.finishBootstrap();
    }

    function test_RevertWhen_bootstrapDepartment_codeIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidDepartmentCode.selector));
        consortium.bootstrapDepartment(bytes32(0), ENFORCEMENT_NAME, seal, key64);
    }

    function test_RevertWhen_bootstrapDepartment_alreadyRegistered() public {
        consortium.bootstrapDepartment(ENFORCEMENT, ENFORCEMENT_NAME, seal, key64);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_DepartmentExists.selector, ENFORCEMENT));
        consortium.bootstrapDepartment(ENFORCEMENT, TRAFFIC_NAME, seal, key64);
    }

    function test_RevertWhen_bootstrapDepartment_sealIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidSeal.selector, address(0)));
        consortium.bootstrapDepartment(ENFORCEMENT, ENFORCEMENT_NAME, address(0), key64);
    }

    function test_RevertWhen_bootstrapDepartment_encryptionKeyHasWrongLength() public {
        uint256[5] memory bad = [uint256(0), 32, 34, 63, 66];
        for (uint256 i; i < bad.length; ++i) {
            bytes memory key = _key(bad[i]);
            vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidEncryptionKey.selector, bad[i]));
            consortium.bootstrapDepartment(ENFORCEMENT, ENFORCEMENT_NAME, seal, key);
        }
        assertEq(consortium.registeredDepartmentCount(), 0, "nothing registered");
    }

    function test_RevertWhen_bootstrapMember_unknownDepartment() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_UnknownDepartment.selector, TRAFFIC));
        consortium.bootstrapMember(admin, TRAFFIC, Roles.ADMIN, bytes32(0), 0);
    }

    function test_RevertWhen_bootstrapMember_memberOfOtherDepartment() public {
        _minimal();
        consortium.bootstrapDepartment(TRAFFIC, TRAFFIC_NAME, seal, key64);
        vm.expectRevert(
            abi.encodeWithSelector(Consortium.Consortium_MemberOfOtherDepartment.selector, admin, ENFORCEMENT)
        );
        consortium.bootstrapMember(admin, TRAFFIC, Roles.ADMIN, bytes32(0), 0);
    }

    function test_RevertWhen_bootstrapMember_officerWithoutCredential() public {
        consortium.bootstrapDepartment(ENFORCEMENT, ENFORCEMENT_NAME, seal, key64);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_MissingCredential.selector, officer));
        consortium.bootstrapMember(officer, ENFORCEMENT, Roles.OFFICER, bytes32(0), START + 1 days);
    }
}
