package org.realtycrm.mls.entity;

import java.util.Optional;

public interface MemberRepository {

    Optional<Member> find(long feedId, String memberKey);

    void add(Member member);
}
