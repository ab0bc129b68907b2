namespace TenantGraph.Emulator.Generation;

/// <summary>Name and vocabulary lists for realistic directory and resource names.</summary>
internal static class Names
{
    public static readonly string[] Given = ["Adele", "Alex", "Allan", "Diego", "Grady", "Henrietta", "Isaiah", "Johanna", "Joni", "Lee", "Lidia", "Lynne", "Megan", "Miriam", "Nestor", "Patti", "Pradeep", "Priya", "Sofia", "Wei", "Yuki", "Omar", "Fatima", "Lars", "Chen", "Ana", "Kofi", "Ingrid", "Mateo", "Aisha"];

    public static readonly string[] Family = ["Vance", "Wilber", "Deyoung", "Soto", "Archie", "Gerhart", "Langer", "Lovell", "Sherman", "Gu", "Holloway", "Robbins", "Bowen", "Graham", "Wilke", "Fernandez", "Gupta", "Patel", "Rossi", "Zhang", "Tanaka", "Haddad", "Nilsson", "Mensah", "Garcia", "Okafor", "Larsen", "Kowalski", "Silva", "Novak"];

    public static readonly string[] Departments = ["Sales", "Marketing", "Engineering", "Finance", "Human Resources", "Legal", "Operations", "IT", "Research", "Support"];

    public static readonly string[] JobTitles = ["Sales Manager", "Marketing Specialist", "Software Engineer", "Senior Software Engineer", "Financial Analyst", "HR Generalist", "Paralegal", "Operations Lead", "IT Administrator", "Research Scientist", "Support Engineer", "Product Manager"];

    public static readonly string[] Cities = ["Seattle", "Redmond", "London", "Dublin", "Munich", "Tokyo", "Singapore", "Toronto", "Sydney", "Paris"];

    public static readonly string[] GroupTopics = ["All Staff", "Engineering", "Sales EMEA", "Sales Americas", "Finance Approvers", "Helpdesk", "VPN Users", "Intune Pilot", "Azure Admins", "Contractors", "Security Champions", "Project Falcon", "Project Orion", "Marketing Team", "Legal Hold", "Executives", "Remote Workers", "BYOD Devices", "Printer Admins", "Data Science"];

    public static readonly string[] Locations = ["eastus", "westeurope", "westus2", "northeurope", "uksouth", "southeastasia"];

    public static readonly string[] Workloads = ["web", "api", "data", "shared", "ops", "analytics", "identity", "batch"];

    public static readonly string[] Environments = ["prod", "dev", "test", "staging"];
}
