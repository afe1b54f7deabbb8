package org.realtycrm.identity.ui;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.realtycrm.identity.boundary.NewUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;

/** The create-user dialog's fields, with the API's limits (UserRequest); the boundary checks the rest. */
public class NewUserForm implements Serializable {

    @NotBlank(message = "Enter an email")
    @Email(message = "Enter a valid email address")
    @Size(max = 254)
    private String email;

    @NotBlank(message = "Enter a name")
    @Size(max = User.MAX_NAME_LENGTH)
    private String name;

    @NotNull(message = "Choose a role")
    private Role role = Role.AGENT;

    @NotBlank(message = "Enter a password")
    @Size(min = 12, max = 128, message = "Use 12 to 128 characters")
    private String password;

    NewUser toNewUser() {
        return new NewUser(email, name, role, password);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
