/**
 * Who is at the kiosk: staff members and their roles, badge + PIN authentication with salted
 * PBKDF2 hashes, lockout after repeated wrong PINs, sign-out after inactivity, and which kiosk
 * functions each role sees. Pure Java; the kiosk's ViewModels drive it.
 */
package org.coiedge.core.auth;
