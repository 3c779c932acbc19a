package io.wxkit.pay.bill;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of 申请交易账单 / 申请资金账单: where to download the bill and the digest of the
 * original (uncompressed) file.
 *
 * @param hashType    {@code hash_type}: {@code SHA1}
 * @param hashValue   {@code hash_value}: lower-case hex
 * @param downloadUrl {@code download_url}, valid for a short time (30 s – 5 min)
 * @param gzip        whether the file was requested with {@code tar_type=GZIP} (not a wire field)
 */
public record BillDownload(@JsonProperty("hash_type") String hashType, @JsonProperty("hash_value") String hashValue,
                           @JsonProperty("download_url") String downloadUrl, boolean gzip) {

    BillDownload withGzip(boolean value) {
        return new BillDownload(hashType, hashValue, downloadUrl, value);
    }
}
