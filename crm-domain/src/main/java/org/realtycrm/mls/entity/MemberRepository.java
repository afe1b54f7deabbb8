package org.realtycrm.mls.entity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

public interface MemberRepository {

    Optional<Member> find(long feedId, String memberKey);

    /** The feed's members among {@code memberKeys}, by MemberKey, in one read. */
    Map<String, Member> findByKeys(long feedId, Collection<String> memberKeys);

    void add(Member member);
}
