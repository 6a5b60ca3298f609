// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Shared helpers of the Consortium tests: the Fixture's six department admins, shortcuts that
// run a governance proposal (propose → approve → execute) to its end, and fresh consortia of any
// size for the quorum fuzz tests.

import {Fixture} from "yunxi-test/kit/Fixture.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";

abstract contract ConsortiumBase is Fixture {
    /// @dev The first bit above `Roles.ALL`: not a role.
    uint16 internal constant UNKNOWN_ROLE = 1 << 6;

    // Departments the seed says will join later (公安分局, 自然资源和规划分局).
    bytes32 internal constant PUBLIC_SECURITY = "JB-GAFJ";
    bytes32 internal constant PLANNING = "JB-ZRZYGH";

    /// @dev The Fixture's admins, one per department, in registration order.
    function _admins() internal view returns (address[6] memory) {
        return [enforcementAdmin, trafficAdmin, fireAdmin, housingAdmin, marketAdmin, supervisionAdmin];
    }

    function _proposeSuspend(address by, bytes32 department) internal returns (uint256 proposalId) {
        vm.prank(by);
        proposalId = consortium.propose(
            Consortium.ProposalAction.SuspendDepartment, department, bytes32(0), address(0), "", address(0)
        );
    }

    function _proposeReactivate(address by, bytes32 department) internal returns (uint256 proposalId) {
        vm.prank(by);
        proposalId = consortium.propose(
            Consortium.ProposalAction.ReactivateDepartment, department, bytes32(0), address(0), "", address(0)
        );
    }

    function _proposeAdd(address by, bytes32 department, address firstAdmin) internal returns (uint256 proposalId) {
        bytes memory key = encryptionKeyFor(department);
        address seal = _sealFor(department);
        vm.prank(by);
        proposalId = consortium.propose(
            Consortium.ProposalAction.AddDepartment,
            department,
            keccak256(abi.encode(department)),
            seal,
            key,
            firstAdmin
        );
    }

    function _sealFor(bytes32 department) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("seal", department)))));
    }

    /// @dev Approves `proposalId` with the Fixture admins whose department is active and has not
    /// approved yet, until `approvals` departments have approved in total.
    function _approveUpTo(uint256 proposalId, uint256 approvals) internal {
        address[6] memory admins = _admins();
        for (uint256 i; i < admins.length && consortium.proposalOf(proposalId).approvals < approvals; ++i) {
            (Consortium.Member memory m,) = consortium.memberOf(admins[i]);
            if (!consortium.isActiveDepartment(m.department) || consortium.hasApproved(proposalId, m.department)) {
                continue;
            }
            vm.prank(admins[i]);
            consortium.approve(proposalId);
        }
        assertEq(consortium.proposalOf(proposalId).approvals, approvals, "helper could not gather the approvals");
    }

    /// @dev Gathers every active department's approval and executes.
    function _pass(uint256 proposalId) internal {
        _approveUpTo(proposalId, consortium.activeDepartmentCount());
        address executor = _anyActiveAdmin();
        vm.prank(executor);
        consortium.execute(proposalId);
    }

    function _suspend(bytes32 department) internal override {
        _pass(_proposeSuspend(_anyActiveAdmin(), department));
    }

    function _anyActiveAdmin() internal view returns (address) {
        address[6] memory admins = _admins();
        for (uint256 i; i < admins.length; ++i) {
            if (consortium.hasRole(admins[i], Roles.ADMIN)) return admins[i];
        }
        revert("no active admin");
    }

    // ------------------------------------------------------------ fresh consortia

    function _code(uint256 i) internal pure returns (bytes32) {
        return keccak256(abi.encode("department", i));
    }

    function _adminOf(uint256 i) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("admin", i)))));
    }

    /// @dev A bootstrapped consortium of `n` departments `_code(0..n-1)`, each with one admin
    /// `_adminOf(i)`; this test is its deployer and keeps no power.
    function _freshConsortium(uint256 n) internal returns (Consortium c) {
        c = new Consortium();
        for (uint256 i; i < n; ++i) {
            c.bootstrapDepartment(_code(i), bytes32(i), _sealFor(_code(i)), encryptionKeyFor(_code(i)));
            c.bootstrapMember(_adminOf(i), _code(i), Roles.ADMIN, bytes32(0), 0);
        }
        c.finishBootstrap();
    }
}
