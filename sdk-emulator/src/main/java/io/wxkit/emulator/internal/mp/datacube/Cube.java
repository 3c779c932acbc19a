package io.wxkit.emulator.internal.mp.datacube;

/**
 * The 17 data-cube endpoints and their maximum spans in days (User_Analysis_Data_Interface,
 * Graphic_Analysis_Data_Interface, Message_analysis_data_interface, Analytics_API pages).
 */
enum Cube {
    USER_SUMMARY("getusersummary", 7),
    USER_CUMULATE("getusercumulate", 7),
    ARTICLE_SUMMARY("getarticlesummary", 1),
    ARTICLE_TOTAL("getarticletotal", 1),
    USER_READ("getuserread", 3),
    USER_READ_HOUR("getuserreadhour", 1),
    USER_SHARE("getusershare", 7),
    USER_SHARE_HOUR("getusersharehour", 1),
    UPSTREAM_MSG("getupstreammsg", 7),
    UPSTREAM_MSG_HOUR("getupstreammsghour", 1),
    UPSTREAM_MSG_WEEK("getupstreammsgweek", 30),
    UPSTREAM_MSG_MONTH("getupstreammsgmonth", 30),
    UPSTREAM_MSG_DIST("getupstreammsgdist", 15),
    UPSTREAM_MSG_DIST_WEEK("getupstreammsgdistweek", 30),
    UPSTREAM_MSG_DIST_MONTH("getupstreammsgdistmonth", 30),
    INTERFACE_SUMMARY("getinterfacesummary", 30),
    INTERFACE_SUMMARY_HOUR("getinterfacesummaryhour", 1);

    final String name;
    final int maxDays;

    Cube(String name, int maxDays) {
        this.name = name;
        this.maxDays = maxDays;
    }

    String path() {
        return "/datacube/" + name;
    }
}
