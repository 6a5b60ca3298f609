// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// DataRequestRegistry.accept and reject: only a CUSTODIAN of the target department takes a
// request with a bound letter into processing, or rejects it (with a reason) before fulfilment.

import {RequestBase} from "./RequestBase.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";

contract RequestCustodianTest is RequestBase {
    DataRequestRegistry.Request internal request;
    bytes32 internal requestId;

    function setUp() public override {
        super.setUp();
        request = _requestFor(CASE_ID, 1);
        requestId = _id(request);
        _advance(request, DataRequestRegistry.Status.LetterBound);
        vm.warp(START + 16 hours); // the next morning
    }

    // ------------------------------------------------------------ accept

    function test_accept_movesToAcceptedAndEmits() public {
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestAccepted(requestId, custodian, START + 16 hours);
        vm.prank(custodian);
        requests.accept(request);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Accepted), "status");
    }

    function test_RevertWhen_accept_callerIsTheCustodianOfAnotherDepartment() public {
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_WrongDepartment.selector, TRAFFIC, MARKET)
        );
        vm.prank(marketCustodian);
        requests.accept(request);
    }

    function test_RevertWhen_accept_callerIsATrafficOfficer() public {
        _expectAcceptUnauthorised(trafficOfficer);
    }

    function test_RevertWhen_accept_callerIsTheTrafficOffice() public {
        _expectAcceptUnauthorised(trafficOffice);
    }

    function test_RevertWhen_accept_callerIsTheRequestingOfficer() public {
        _expectAcceptUnauthorised(officer);
    }

    function test_RevertWhen_accept_callerIsAnOutsider() public {
        _expectAcceptUnauthorised(outsider);
    }

    function test_RevertWhen_accept_targetDepartmentIsSuspended() public {
        _suspend(TRAFFIC);
        _expectAcceptUnauthorised(custodian);
    }

    function test_RevertWhen_accept_noLetterBoundYet() public {
        DataRequestRegistry.Request memory approved = _requestFor(CASE_ID, 2);
        _advance(approved, DataRequestRegistry.Status.Approved);
        vm.expectRevert(_statusError(approved, DataRequestRegistry.Status.Approved));
        vm.prank(custodian);
        requests.accept(approved);
    }

    function test_RevertWhen_accept_alreadyAccepted() public {
        vm.prank(custodian);
        requests.accept(request);
        vm.expectRevert(_statusError(request, DataRequestRegistry.Status.Accepted));
        vm.prank(custodian);
        requests.accept(request);
    }

    function test_RevertWhen_accept_requestIsUnknown() public {
        DataRequestRegistry.Request memory unknown = _requestFor(CASE_ID, 99);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_UnknownRequest.selector, _id(unknown))
        );
        vm.prank(custodian);
        requests.accept(unknown);
    }

    function test_RevertWhen_accept_deadlinePassed() public {
        vm.warp(request.deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_RequestExpired.selector, requestId, request.deadline
            )
        );
        vm.prank(custodian);
        requests.accept(request);
    }

    // ------------------------------------------------------------ reject

    function test_reject_aBoundRequestEmitsTheReason() public {
        bytes32 reason = keccak256(unicode"车牌号不存在");
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestRejected(requestId, custodian, reason, START + 16 hours);
        vm.prank(custodian);
        requests.reject(request, reason);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Rejected), "status");
    }

    function test_reject_anAcceptedRequest() public {
        vm.prank(custodian);
        requests.accept(request);
        vm.prank(custodian);
        requests.reject(request, REASON);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Rejected), "status");
    }

    function test_RevertWhen_reject_callerIsTheCustodianOfAnotherDepartment() public {
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_WrongDepartment.selector, TRAFFIC, MARKET)
        );
        vm.prank(marketCustodian);
        requests.reject(request, REASON);
    }

    function test_RevertWhen_reject_callerIsTheTrafficCaptain() public {
        _expectRejectUnauthorised(trafficCaptain);
    }

    function test_RevertWhen_reject_callerIsTheRequestingOfficer() public {
        _expectRejectUnauthorised(officer);
    }

    function test_RevertWhen_reject_callerIsAnOutsider() public {
        _expectRejectUnauthorised(outsider);
    }

    function test_RevertWhen_reject_targetDepartmentIsSuspended() public {
        _suspend(TRAFFIC);
        _expectRejectUnauthorised(custodian);
    }

    function test_RevertWhen_reject_withoutAReason() public {
        vm.expectRevert(abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_InvalidResponse.selector));
        vm.prank(custodian);
        requests.reject(request, bytes32(0));
    }

    function test_RevertWhen_reject_noLetterBoundYet() public {
        DataRequestRegistry.Request memory approved = _requestFor(CASE_ID, 2);
        _advance(approved, DataRequestRegistry.Status.Approved);
        vm.expectRevert(_statusError(approved, DataRequestRegistry.Status.Approved));
        vm.prank(custodian);
        requests.reject(approved, REASON);
    }

    function test_RevertWhen_reject_alreadyFulfilled() public {
        DataRequestRegistry.Request memory fulfilled = _requestFor(CASE_ID, 2);
        _advance(fulfilled, DataRequestRegistry.Status.Fulfilled);
        vm.expectRevert(_statusError(fulfilled, DataRequestRegistry.Status.Fulfilled));
        vm.prank(custodian);
        requests.reject(fulfilled, REASON);
    }

    function test_RevertWhen_reject_alreadyRejected() public {
        vm.prank(custodian);
        requests.reject(request, REASON);
        vm.expectRevert(_statusError(request, DataRequestRegistry.Status.Rejected));
        vm.prank(custodian);
        requests.reject(request, REASON);
    }

    function test_RevertWhen_reject_requestIsUnknown() public {
        DataRequestRegistry.Request memory unknown = _requestFor(CASE_ID, 99);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_UnknownRequest.selector, _id(unknown))
        );
        vm.prank(custodian);
        requests.reject(unknown, REASON);
    }

    function _expectAcceptUnauthorised(address caller) private {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, caller, Roles.CUSTODIAN));
        vm.prank(caller);
        requests.accept(request);
    }

    function _expectRejectUnauthorised(address caller) private {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, caller, Roles.CUSTODIAN));
        vm.prank(caller);
        requests.reject(request, REASON);
    }
}
