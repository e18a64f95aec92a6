/**
 * People, their credentials and sign-in. Other features identify a person by id and read profiles through
 * {@link org.allteach.identity.Accounts}; {@link org.allteach.identity.CurrentPerson} says who is asking.
 */
package org.allteach.identity;
