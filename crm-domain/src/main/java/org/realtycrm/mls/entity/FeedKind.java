package org.realtycrm.mls.entity;

/** The protocol a feed speaks: the RESO Web API (OData), or RETS for boards that have not moved yet. */
public enum FeedKind {
    RESO_WEB_API,
    RETS
}
