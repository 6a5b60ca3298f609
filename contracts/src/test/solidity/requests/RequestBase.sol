// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Shared helpers of the data-request suites: the seed's request played step by step, letters
// matching a request, and stamps signed over a digest computed independently of the contract.

import {LetterBase} from "yunxi-test/letters/LetterBase.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

abstract contract RequestBase is LetterBase {
    uint64 internal constant STAMP_LIFE = 1 hours;

    function setUp() public virtual override {
        super.setUp();
        _openCase(CASE_ID);
    }

    function _id(DataRequestRegistry.Request memory request) internal pure returns (bytes32) {
        return keccak256(abi.encode(request));
    }

    function _status(DataRequestRegistry.Request memory request) internal view returns (DataRequestRegistry.Status) {
        return requests.stateOf(_id(request)).status;
    }

    function _statusError(DataRequestRegistry.Request memory request, DataRequestRegistry.Status status)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodeWithSelector(
            DataRequestRegistry.DataRequestRegistry_InvalidStatus.selector, _id(request), status
        );
    }

    function _create(DataRequestRegistry.Request memory request) internal returns (bytes32 requestId) {
        vm.prank(request.creator);
        requestId = requests.create(request);
    }

    /// @dev Issues (as the bureau office) the seed letter for `request` and returns it.
    function _issueFor(DataRequestRegistry.Request memory request)
        internal
        returns (ILetterRegistry.Letter memory letter)
    {
        letter = _letterFor(request);
        _issue(letter);
    }

    function _bind(DataRequestRegistry.Request memory request, ILetterRegistry.Letter memory letter) internal {
        vm.prank(office);
        requests.bindLetter(request, letter);
    }

    function _stampBy(uint256 key, bytes32 requestId, bytes32 responseHash, bytes32 blobRef, uint64 deadline)
        internal
        view
        returns (bytes memory)
    {
        return signDigest(key, _stampDigestOf(requestId, responseHash, blobRef, deadline));
    }

    /// @dev Fulfils as the traffic custodian with the traffic seal's stamp, valid for an hour.
    function _fulfil(DataRequestRegistry.Request memory request, ILetterRegistry.Letter memory letter) internal {
        uint64 deadline = uint64(block.timestamp) + STAMP_LIFE;
        bytes memory stamp = _stampBy(sealKeyOf[TRAFFIC], _id(request), RESPONSE_HASH, RESPONSE_BLOB, deadline);
        vm.prank(custodian);
        requests.fulfil(request, letter, RESPONSE_HASH, RESPONSE_BLOB, deadline, stamp);
    }
}
