// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// DataRequestRegistry.cancel (the creator or a CAPTAIN of the requesting department, before the
// target accepted) and expire (anyone, after the deadline, only for unfinished requests).

import {RequestBase} from "./RequestBase.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";

contract RequestCancelExpireTest is RequestBase {
    DataRequestRegistry.Request internal request;
    bytes32 internal requestId;

    function setUp() public override {
        super.setUp();
        request = _requestFor(CASE_ID, 1);
        requestId = _id(request);
    }

    // ------------------------------------------------------------ cancel

    function test_cancel_byTheCreatorWhenCreated() public {
        _advance(request, DataRequestRegistry.Status.Created);
        vm.warp(START + 1 hours);
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestCancelled(requestId, officer, START + 1 hours);
        vm.prank(officer);
        requests.cancel(request);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Cancelled), "status");
    }

    function test_cancel_byTheCaptainWhenApproved() public {
        _advance(request, DataRequestRegistry.Status.Approved);
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestCancelled(requestId, captain, START);
        vm.prank(captain);
        requests.cancel(request);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Cancelled), "status");
    }

    function test_cancel_byTheCreatorWhenTheLetterIsBound() public {
        _advance(request, DataRequestRegistry.Status.LetterBound);
        vm.prank(officer);
        requests.cancel(request);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Cancelled), "status");
    }

    function test_cancel_byACaptainCreatorOfHisOwnRequest() public {
        request.creator = captain;
        _create(request);
        vm.prank(captain);
        requests.cancel(request);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Cancelled), "status");
    }

    function test_RevertWhen_cancel_afterAcceptance() public {
        _advance(request, DataRequestRegistry.Status.Accepted);
        _expectCancelStatus(officer, DataRequestRegistry.Status.Accepted);
        _expectCancelStatus(captain, DataRequestRegistry.Status.Accepted);
    }

    function test_RevertWhen_cancel_afterFulfilment() public {
        _advance(request, DataRequestRegistry.Status.Fulfilled);
        _expectCancelStatus(officer, DataRequestRegistry.Status.Fulfilled);
    }

    function test_RevertWhen_cancel_afterRejection() public {
        _advance(request, DataRequestRegistry.Status.LetterBound);
        vm.prank(custodian);
        requests.reject(request, REASON);
        _expectCancelStatus(captain, DataRequestRegistry.Status.Rejected);
    }

    function test_RevertWhen_cancel_twice() public {
        _advance(request, DataRequestRegistry.Status.Created);
        vm.prank(officer);
        requests.cancel(request);
        _expectCancelStatus(officer, DataRequestRegistry.Status.Cancelled);
    }

    function test_RevertWhen_cancel_requestIsUnknown() public {
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_UnknownRequest.selector, requestId)
        );
        vm.prank(officer);
        requests.cancel(request);
    }

    function test_RevertWhen_cancel_byAnotherOfficer() public {
        _advance(request, DataRequestRegistry.Status.Created);
        _expectCancelUnauthorised(officer2, Roles.CAPTAIN);
    }

    function test_RevertWhen_cancel_byTheOffice() public {
        _advance(request, DataRequestRegistry.Status.Approved);
        _expectCancelUnauthorised(office, Roles.CAPTAIN);
    }

    function test_RevertWhen_cancel_byAnOutsider() public {
        _advance(request, DataRequestRegistry.Status.Created);
        _expectCancelUnauthorised(outsider, Roles.CAPTAIN);
    }

    function test_RevertWhen_cancel_byTheTargetsCustodian() public {
        _advance(request, DataRequestRegistry.Status.LetterBound);
        _expectCancelUnauthorised(custodian, Roles.CAPTAIN);
    }

    function test_RevertWhen_cancel_byTheCreatorWithAnExpiredCredential() public {
        _advance(request, DataRequestRegistry.Status.Created);
        _expireCredential(enforcementAdmin, officer, Roles.OFFICER);
        _expectCancelUnauthorised(officer, Roles.OFFICER | Roles.CAPTAIN);
    }

    function test_RevertWhen_cancel_requestingDepartmentIsSuspended() public {
        _advance(request, DataRequestRegistry.Status.Created);
        _suspend(ENFORCEMENT);
        _expectCancelUnauthorised(captain, Roles.CAPTAIN);
    }

    function test_RevertWhen_cancel_byTheCaptainOfTheTargetDepartment() public {
        _advance(request, DataRequestRegistry.Status.Created);
        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_WrongDepartment.selector, ENFORCEMENT, TRAFFIC
            )
        );
        vm.prank(trafficCaptain);
        requests.cancel(request);
    }

    // ------------------------------------------------------------ expire

    function test_expire_byAnyoneAfterTheDeadline_fromEveryUnfinishedStatus() public {
        DataRequestRegistry.Status[4] memory unfinished = [
            DataRequestRegistry.Status.Created,
            DataRequestRegistry.Status.Approved,
            DataRequestRegistry.Status.LetterBound,
            DataRequestRegistry.Status.Accepted
        ];
        DataRequestRegistry.Request[4] memory rs;
        for (uint64 i; i < 4; ++i) {
            rs[i] = _requestFor(CASE_ID, 10 + i);
            _advance(rs[i], unfinished[i]);
        }
        uint64 later = rs[0].deadline + 1;
        vm.warp(later);
        for (uint256 i; i < 4; ++i) {
            vm.expectEmit(true, true, true, true, address(requests));
            emit DataRequestRegistry.RequestExpired(_id(rs[i]), outsider, later);
            vm.prank(outsider);
            requests.expire(rs[i]);
            assertEq(uint256(_status(rs[i])), uint256(DataRequestRegistry.Status.Expired), "expired");
        }
    }

    function test_RevertWhen_expire_atTheDeadline() public {
        _advance(request, DataRequestRegistry.Status.Approved);
        vm.warp(request.deadline);
        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_NotExpired.selector, requestId, request.deadline
            )
        );
        vm.prank(outsider);
        requests.expire(request);
    }

    function test_RevertWhen_expire_fulfilled() public {
        _advance(request, DataRequestRegistry.Status.Fulfilled);
        _expectExpireStatus(DataRequestRegistry.Status.Fulfilled);
    }

    function test_RevertWhen_expire_confirmed() public {
        _advance(request, DataRequestRegistry.Status.Confirmed);
        _expectExpireStatus(DataRequestRegistry.Status.Confirmed);
    }

    function test_RevertWhen_expire_rejected() public {
        _advance(request, DataRequestRegistry.Status.LetterBound);
        vm.prank(custodian);
        requests.reject(request, REASON);
        _expectExpireStatus(DataRequestRegistry.Status.Rejected);
    }

    function test_RevertWhen_expire_cancelled() public {
        _advance(request, DataRequestRegistry.Status.Created);
        vm.prank(officer);
        requests.cancel(request);
        _expectExpireStatus(DataRequestRegistry.Status.Cancelled);
    }

    function test_RevertWhen_expire_twice() public {
        _advance(request, DataRequestRegistry.Status.Created);
        vm.warp(request.deadline + 1);
        requests.expire(request);
        _expectExpireStatus(DataRequestRegistry.Status.Expired);
    }

    function test_RevertWhen_expire_requestIsUnknown() public {
        vm.warp(request.deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_UnknownRequest.selector, requestId)
        );
        requests.expire(request);
    }

    // ------------------------------------------------------------ helpers

    function _expectCancelStatus(address caller, DataRequestRegistry.Status status) private {
        vm.expectRevert(_statusError(request, status));
        vm.prank(caller);
        requests.cancel(request);
    }

    function _expectCancelUnauthorised(address caller, uint16 roles) private {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, caller, roles));
        vm.prank(caller);
        requests.cancel(request);
    }

    function _expectExpireStatus(DataRequestRegistry.Status status) private {
        uint64 now_ = uint64(block.timestamp);
        if (now_ <= request.deadline) vm.warp(request.deadline + 1);
        vm.expectRevert(_statusError(request, status));
        vm.prank(outsider);
        requests.expire(request);
    }
}
