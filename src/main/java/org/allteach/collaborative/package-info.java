/**
 * Collaboratives, their phases, organisations (clinic, community partner, data partner), teams, memberships with
 * roles, and invitations. {@link org.allteach.collaborative.CollaborativeAccess} answers "may this person see
 * this team?" for every other feature.
 */
package org.allteach.collaborative;
