/**
 * Calendar days and periods in Danish legal time: a trial period (<i>forsøgsperiode</i>) is a
 * span of days with both ends included, and deadlines (<i>frister</i>) are days in
 * Europe/Copenhagen.
 */
package io.github.frikommune.core.calendar;
