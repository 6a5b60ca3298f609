// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Fixture} from "yunxi-test/kit/Fixture.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

// Execution-gas figures of single operations, as a real receipt shows them (gasUsed − 21,000 −
// calldata). Each test contract builds its state in setUp — a transaction of its own, so the
// measured call starts with cold storage as on a real chain — and makes exactly one call,
// recorded with `vm.snapshotGasLastCall`. Figures land in snapshots/<contract>.json; with
// FORGE_SNAPSHOT_CHECK=true (the Maven build sets it) a changed figure fails the run.
// Goals: deposit ≤ 45,000; anchorBatch ≤ 45,000; the six request steps together ≤ 220,000
// (RequestGasTotal.t.sol sums the committed figures).

contract DepositGas is Fixture {
    function setUp() public override {
        super.setUp();
        _openCase(CASE_ID);
    }

    function test_gas_deposit() public {
        vm.prank(officer);
        evidence.deposit(CASE_ID, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
        assertLe(vm.snapshotGasLastCall("deposit"), 45_000, "deposit over its gas goal");
    }
}

contract AnchorBatchGas is Fixture {
    function test_gas_anchorBatch() public {
        vm.prank(officer);
        evidence.anchorBatch(keccak256("root"), 500, keccak256("manifest"), keccak256("meta"));
        assertLe(vm.snapshotGasLastCall("anchorBatch"), 45_000, "anchorBatch over its gas goal");
    }
}

/// @dev Brings the seed's request to the step before the one measured.
abstract contract RequestStepGas is Fixture {
    DataRequestRegistry.Request internal request;
    ILetterRegistry.Letter internal letter;
    bytes32 internal requestId;

    function _reached() internal pure virtual returns (DataRequestRegistry.Status);

    function setUp() public virtual override {
        super.setUp();
        _openCase(CASE_ID);
        request = _requestFor(CASE_ID, 1);
        requestId = keccak256(abi.encode(request));
        if (_reached() != DataRequestRegistry.Status.None) letter = _advance(request, _reached());
        if (_reached() == DataRequestRegistry.Status.Approved) {
            letter = _letterFor(request);
            vm.prank(office);
            letters.issue(letter);
        }
    }
}

contract RequestCreateGas is RequestStepGas {
    function _reached() internal pure override returns (DataRequestRegistry.Status) {
        return DataRequestRegistry.Status.None;
    }

    function test_gas_request_create() public {
        vm.prank(officer);
        requests.create(request);
        vm.snapshotGasLastCall("request_create");
    }
}

contract RequestApproveGas is RequestStepGas {
    function _reached() internal pure override returns (DataRequestRegistry.Status) {
        return DataRequestRegistry.Status.Created;
    }

    function test_gas_request_approve() public {
        vm.prank(captain);
        requests.approve(request);
        vm.snapshotGasLastCall("request_approve");
    }
}

contract RequestBindLetterGas is RequestStepGas {
    function _reached() internal pure override returns (DataRequestRegistry.Status) {
        return DataRequestRegistry.Status.Approved;
    }

    function test_gas_request_bindLetter() public {
        vm.prank(office);
        requests.bindLetter(request, letter);
        vm.snapshotGasLastCall("request_bindLetter");
    }
}

contract RequestAcceptGas is RequestStepGas {
    function _reached() internal pure override returns (DataRequestRegistry.Status) {
        return DataRequestRegistry.Status.LetterBound;
    }

    function test_gas_request_accept() public {
        vm.prank(custodian);
        requests.accept(request);
        vm.snapshotGasLastCall("request_accept");
    }
}

contract RequestFulfilGas is RequestStepGas {
    bytes internal stamp;
    uint64 internal stampDeadline;

    function _reached() internal pure override returns (DataRequestRegistry.Status) {
        return DataRequestRegistry.Status.Accepted;
    }

    function setUp() public override {
        super.setUp();
        stampDeadline = uint64(block.timestamp) + 1 hours;
        stamp = _stamp(TRAFFIC, requestId, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
    }

    function test_gas_request_fulfil() public {
        vm.prank(custodian);
        requests.fulfil(request, letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, stamp);
        vm.snapshotGasLastCall("request_fulfil");
    }
}

contract RequestConfirmGas is RequestStepGas {
    function _reached() internal pure override returns (DataRequestRegistry.Status) {
        return DataRequestRegistry.Status.Fulfilled;
    }

    function test_gas_request_confirm() public {
        vm.prank(officer);
        requests.confirmReceipt(request);
        vm.snapshotGasLastCall("request_confirm");
    }
}
