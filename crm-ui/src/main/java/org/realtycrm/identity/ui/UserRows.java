package org.realtycrm.identity.ui;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.realtycrm.identity.boundary.Users;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserQuery;
import org.realtycrm.platform.paging.PageRequest;

/** One page of users at a time, searched in the database through the Users boundary. */
public class UserRows extends LazyDataModel<User> {

    private final transient Users users;
    private final UsersFilter filter;

    UserRows(Users users, UsersFilter filter) {
        this.users = users;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(users.search(query(), new PageRequest(0, 1)).total());
    }

    @Override
    public List<User> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return users.search(query(), new PageRequest(first / pageSize, pageSize)).items();
    }

    @Override
    public String getRowKey(User user) {
        return String.valueOf(user.getId());
    }

    private UserQuery query() {
        return new UserQuery(filter.getRole(), filter.getActive(), filter.getText());
    }
}
