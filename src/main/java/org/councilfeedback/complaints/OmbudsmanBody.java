package org.councilfeedback.complaints;

/**
 * Who a complainant can go to after our procedure: the Local Government and Social Care Ombudsman, or for data
 * protection complaints the Information Commissioner's Office.
 */
public enum OmbudsmanBody {
    LGSCO, ICO
}
