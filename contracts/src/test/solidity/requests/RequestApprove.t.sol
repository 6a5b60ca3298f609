// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// DataRequestRegistry.approve (队长审核): a CAPTAIN of the requesting department who is not the
// request's creator, before the deadline, approves a created request.

import {RequestBase} from "./RequestBase.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";

contract RequestApproveTest is RequestBase {
    DataRequestRegistry.Request internal request;
    bytes32 internal requestId;

    function setUp() public override {
        super.setUp();
        request = _requestFor(CASE_ID, 1);
        requestId = _create(request);
        vm.warp(START + 30 minutes);
    }

    function test_approve_recordsTheApproverAndEmits() public {
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestApproved(requestId, captain, START + 30 minutes);
        vm.prank(captain);
        requests.approve(request);

        DataRequestRegistry.State memory s = requests.stateOf(requestId);
        assertEq(uint256(s.status), uint256(DataRequestRegistry.Status.Approved), "status");
        assertEq(s.approver, captain, "approver");
    }

    function test_approve_atTheDeadlineItself() public {
        vm.warp(request.deadline);
        vm.prank(captain);
        requests.approve(request);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Approved), "approved at the deadline");
    }

    function test_approve_captainsRequestByAnotherCaptain() public {
        address captain2 = _newMember("captain2", enforcementAdmin, Roles.CAPTAIN);
        DataRequestRegistry.Request memory own = _requestFor(CASE_ID, 2);
        own.creator = captain;
        bytes32 ownId = _create(own);
        vm.prank(captain2);
        requests.approve(own);
        assertEq(requests.stateOf(ownId).approver, captain2, "approved by the second captain");
    }

    function test_RevertWhen_approve_captainApprovesHisOwnRequest() public {
        // The fixture's captain also holds OFFICER, so he can file a request — not approve it.
        DataRequestRegistry.Request memory own = _requestFor(CASE_ID, 2);
        own.creator = captain;
        bytes32 ownId = _create(own);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_SelfApproval.selector, ownId, captain)
        );
        vm.prank(captain);
        requests.approve(own);
        assertEq(uint256(_status(own)), uint256(DataRequestRegistry.Status.Created), "still waiting");
    }

    function test_RevertWhen_approve_callerIsTheCreatingOfficer() public {
        _expectApproveUnauthorised(officer);
    }

    function test_RevertWhen_approve_callerIsAnotherOfficer() public {
        _expectApproveUnauthorised(officer2);
    }

    function test_RevertWhen_approve_callerIsTheOffice() public {
        _expectApproveUnauthorised(office);
    }

    function test_RevertWhen_approve_callerIsAnOutsider() public {
        _expectApproveUnauthorised(outsider);
    }

    function test_RevertWhen_approve_captainsCredentialExpired() public {
        _expireCredential(enforcementAdmin, captain, Roles.CAPTAIN | Roles.OFFICER);
        _expectApproveUnauthorised(captain);
    }

    function test_RevertWhen_approve_requestingDepartmentIsSuspended() public {
        _suspend(ENFORCEMENT);
        _expectApproveUnauthorised(captain);
    }

    function test_RevertWhen_approve_captainOfTheTargetDepartment() public {
        _expectApproveWrongDepartment(trafficCaptain, TRAFFIC);
    }

    function test_RevertWhen_approve_captainOfAThirdDepartment() public {
        _expectApproveWrongDepartment(fireCaptain, FIRE);
    }

    function test_RevertWhen_approve_requestIsUnknown() public {
        DataRequestRegistry.Request memory unknown = _requestFor(CASE_ID, 99);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_UnknownRequest.selector, _id(unknown))
        );
        vm.prank(captain);
        requests.approve(unknown);
    }

    function test_RevertWhen_approve_alreadyApproved() public {
        vm.prank(captain);
        requests.approve(request);
        vm.expectRevert(_statusError(request, DataRequestRegistry.Status.Approved));
        vm.prank(captain);
        requests.approve(request);
    }

    function test_RevertWhen_approve_requestWasCancelled() public {
        vm.prank(officer);
        requests.cancel(request);
        vm.expectRevert(_statusError(request, DataRequestRegistry.Status.Cancelled));
        vm.prank(captain);
        requests.approve(request);
    }

    function test_RevertWhen_approve_deadlinePassed() public {
        vm.warp(request.deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_RequestExpired.selector, requestId, request.deadline
            )
        );
        vm.prank(captain);
        requests.approve(request);
    }

    function _expectApproveUnauthorised(address caller) private {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, caller, Roles.CAPTAIN));
        vm.prank(caller);
        requests.approve(request);
    }

    function _expectApproveWrongDepartment(address caller, bytes32 department) private {
        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_WrongDepartment.selector, ENFORCEMENT, department
            )
        );
        vm.prank(caller);
        requests.approve(request);
    }
}
