package cn.yunxi.demo;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataRequest;
import java.util.Optional;

/**
 * A case a scenario played, for the summary.
 *
 * @param title the scenario's name, e.g. {@code 违停毁绿案}
 * @param number the external case number
 * @param caseId its on-chain id
 * @param ownerCode the department that owns it
 * @param request the data request made in it, if any
 */
record PlayedCase(
    String title, String number, Bytes32 caseId, String ownerCode, Optional<DataRequest> request) {}
