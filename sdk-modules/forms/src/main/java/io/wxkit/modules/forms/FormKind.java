package io.wxkit.modules.forms;

/** What a form is for: a survey (调研) collects answers, a registration (注册/报名) takes places. */
public enum FormKind {
    /** 调研: answers only, no capacity. */
    SURVEY,
    /** 报名: places up to a capacity, then an optional waiting list. */
    REGISTRATION
}
