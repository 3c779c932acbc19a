/**
 * What an application observes of a {@link io.wxkit.pay.WxPay}: each APIv3 call as it finishes
 * ({@link io.wxkit.pay.observe.PayCallListener}, {@link io.wxkit.pay.observe.PayCallResult}) and the keys
 * WeChat Pay's answers are verified with ({@link io.wxkit.pay.observe.VerificationKey}), for metrics and health
 * checks, and the pipeline the feature APIs run on ({@link io.wxkit.pay.observe.PayPipeline}). Its own package so that {@code io.wxkit.pay.internal} can use these types without a package cycle.
 */
package io.wxkit.pay.observe;
