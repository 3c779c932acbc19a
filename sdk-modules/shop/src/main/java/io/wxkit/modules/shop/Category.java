package io.wxkit.modules.shop;

/** A catalogue category. @param id the id @param name its name @param sortOrder position in listings */
public record Category(long id, String name, int sortOrder) {}
