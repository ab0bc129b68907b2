namespace TenantGraph.Integrations.Tests.Azure.Support;

/// <summary>
/// A small hand-written estate that holds at least one object of every part-1 type, with the edge cases the
/// tests name: a resource group id in another case, an unallocated public IP, rules over port ranges, service
/// tags, private subnets, public hosts and networks, both directions and both verbs, a BlobStorage account
/// without queues or tables, assignments to every kind of principal.
/// </summary>
internal static class Contoso
{
    public const string Subscription = "0b1f6a1c-1111-4a2b-8c3d-4e5f6a7b8c9d";
    public const string Net = "/subscriptions/" + Subscription + "/resourceGroups/rg-net/providers/Microsoft.Network";
    public const string Compute = "/subscriptions/" + Subscription + "/resourceGroups/rg-net/providers/Microsoft.Compute";
    public const string Data = "/subscriptions/" + Subscription + "/resourceGroups/rg-data/providers";
    public const string NsgId = Net + "/networkSecurityGroups/nsg1";
    public const string Subnet1 = Net + "/virtualNetworks/vnet1/subnets/sub1";
    public const string Subnet2 = Net + "/virtualNetworks/vnet1/subnets/sub2";
    public const string NicId = Net + "/networkInterfaces/nic1";
    public const string VmId = Compute + "/virtualMachines/vm1";
    public const string VaultId = Data + "/Microsoft.KeyVault/vaults/kv1";
    public const string StorageId = Data + "/Microsoft.Storage/storageAccounts/sa1";
    public const string BlobStorageId = Data + "/Microsoft.Storage/storageAccounts/sa2";
    public const string AssessmentId = "/subscriptions/" + Subscription + "/providers/Microsoft.Security/assessments/a1";
    public const string UserId = "9a0b1c2d-0000-4000-8000-000000000001";

    public static AzureTenant Tenant(params string[] grantedPermissions)
    {
        var t = new AzureTenant(grantedPermissions);
        Directory(t);
        Add(t, Subscription, "Contoso Production");
        return t;
    }

    public static void Directory(AzureTenant t)
    {
        static string Fill(string json) => json.Replace("@UserId@", UserId, StringComparison.Ordinal);
        t.Graph("users", Fill("""{"id":"@UserId@","displayName":"Ada Lovelace","givenName":"Ada","surname":"Lovelace","mail":"ada@contoso.com","userPrincipalName":"ada@contoso.com","accountEnabled":true,"userType":"Member","businessPhones":["+1 555 0100"]}"""));
        t.Graph("groups", """{"id":"7b8c9d0e-0000-4000-8000-000000000010","displayName":"Engineers","mail":"eng@contoso.com","securityEnabled":true,"createdDateTime":"2020-01-02T03:04:05Z"}""");
        t.Graph("groups", """{"id":"7b8c9d0e-0000-4000-8000-000000000011","displayName":"Admins","securityEnabled":true}""");
        t.Graph("groups/7b8c9d0e-0000-4000-8000-000000000010/members", Fill("""{"@odata.type":"#microsoft.graph.user","id":"@UserId@","displayName":"Ada Lovelace","mail":"ada@contoso.com"}"""));
        t.Graph("groups/7b8c9d0e-0000-4000-8000-000000000010/members", """{"@odata.type":"#microsoft.graph.group","id":"7b8c9d0e-0000-4000-8000-000000000011","displayName":"Admins"}""");
        t.Graph("groups/7b8c9d0e-0000-4000-8000-000000000010/members", """{"@odata.type":"#microsoft.graph.device","id":"5d6e7f80-0000-4000-8000-000000000020","displayName":"ADA-LAPTOP"}""");
        t.Data.EnsureCollection("graph/v1.0/groups/7b8c9d0e-0000-4000-8000-000000000011/members");
        t.Graph("servicePrincipals", """{"id":"3c4d5e6f-0000-4000-8000-000000000030","displayName":"build-agent","appDisplayName":"build-agent","appId":"11111111-2222-3333-4444-555555555555","servicePrincipalType":"Application","servicePrincipalNames":["api://build-agent"],"tags":["WindowsAzureActiveDirectoryIntegratedApp"]}""");
    }

    public static void Add(AzureTenant t, string s, string name)
    {
        t.Subscription(s, name).ResourceGroup(s, "rg-net").ResourceGroup(s, "rg-data");
        var net = $"/subscriptions/{s}/resourceGroups/rg-net/providers/Microsoft.Network";
        // The NIC list spells the group in capitals, as ARM sometimes does (CHANGELOG 4.4.1).
        var netUpper = $"/subscriptions/{s}/resourcegroups/RG-NET/providers/Microsoft.Network";
        var compute = $"/subscriptions/{s}/resourceGroups/rg-net/providers/Microsoft.Compute";
        var data = $"/subscriptions/{s}/resourceGroups/rg-data/providers";
        var auth = $"/subscriptions/{s}/providers/Microsoft.Authorization";
        var sa1 = $"{data}/Microsoft.Storage/storageAccounts/sa1";
        string Fill(string json) => json.Replace("@netUpper@", netUpper, StringComparison.Ordinal).Replace("@net@", net, StringComparison.Ordinal)
            .Replace("@compute@", compute, StringComparison.Ordinal).Replace("@data@", data, StringComparison.Ordinal)
            .Replace("@auth@", auth, StringComparison.Ordinal).Replace("@sa1@", sa1, StringComparison.Ordinal);

        t.Arm(s, "providers/Microsoft.Network/publicIPAddresses", Fill("""{"id":"@net@/publicIPAddresses/pip1","name":"pip1","type":"Microsoft.Network/publicIPAddresses","location":"eastus","sku":{"name":"Standard"},"properties":{"ipAddress":"20.1.2.3","publicIPAllocationMethod":"Static","resourceGuid":"g-pip1"}}"""));
        t.Arm(s, "providers/Microsoft.Network/publicIPAddresses", Fill("""{"id":"@net@/publicIPAddresses/pip2","name":"pip2","type":"Microsoft.Network/publicIPAddresses","location":"eastus","properties":{"publicIPAllocationMethod":"Dynamic"}}"""));
        t.Arm(s, "providers/Microsoft.Network/networkInterfaces", Fill("""
            {"id":"@netUpper@/networkInterfaces/nic1","name":"nic1","type":"Microsoft.Network/networkInterfaces","location":"eastus",
             "properties":{"macAddress":"00-0D-3A-1B-2C-3D","enableIPForwarding":false,"virtualMachine":{"id":"@compute@/virtualMachines/vm1"},
               "networkSecurityGroup":{"id":"@net@/networkSecurityGroups/nsg1"},
               "ipConfigurations":[
                 {"id":"@net@/networkInterfaces/nic1/ipConfigurations/ipconfig1","name":"ipconfig1","properties":{"privateIPAddress":"10.0.1.4","publicIPAddress":{"id":"@net@/publicIPAddresses/pip1"},"subnet":{"id":"@net@/virtualNetworks/vnet1/subnets/sub1"}}},
                 {"id":"@net@/networkInterfaces/nic1/ipConfigurations/ipconfig2","name":"ipconfig2","properties":{"privateIPAddress":"10.0.1.5","subnet":{"id":"@net@/virtualNetworks/vnet1/subnets/sub1"}}}]}}
            """));
        t.Arm(s, "providers/Microsoft.Network/networkSecurityGroups", Fill("""
            {"id":"@net@/networkSecurityGroups/nsg1","name":"nsg1","type":"Microsoft.Network/networkSecurityGroups","location":"eastus","tags":{"environment":"Prod"},
             "properties":{
               "subnets":[{"id":"@net@/virtualNetworks/vnet1/subnets/sub1"}],
               "networkInterfaces":[{"id":"@net@/networkInterfaces/nic1"}],
               "securityRules":[
                 {"id":"@net@/networkSecurityGroups/nsg1/securityRules/AllowSsh","name":"AllowSsh","etag":"W/\"1\"","type":"Microsoft.Network/networkSecurityGroups/securityRules",
                  "properties":{"protocol":"Tcp","sourcePortRange":"*","destinationPortRange":"22","sourceAddressPrefix":"Internet","destinationAddressPrefix":"*","access":"Allow","priority":100,"direction":"Inbound","provisioningState":"Succeeded"}},
                 {"id":"@net@/networkSecurityGroups/nsg1/securityRules/AllowHighPortsFromHost","name":"AllowHighPortsFromHost",
                  "properties":{"protocol":"Udp","sourcePortRange":"*","destinationPortRange":"1024-65535","sourceAddressPrefix":"203.0.113.5/32","destinationAddressPrefix":"*","access":"Allow","priority":110,"direction":"Inbound"}},
                 {"id":"@net@/networkSecurityGroups/nsg1/securityRules/AllowWebFromSubnet","name":"AllowWebFromSubnet",
                  "properties":{"protocol":"Tcp","sourcePortRange":"*","destinationPortRanges":["80","443"],"sourceAddressPrefixes":["10.0.2.0/24"],"destinationAddressPrefix":"*","access":"Allow","priority":120,"direction":"Inbound"}},
                 {"id":"@net@/networkSecurityGroups/nsg1/securityRules/DenyToPartner","name":"DenyToPartner",
                  "properties":{"protocol":"*","sourcePortRange":"*","destinationPortRange":"*","sourceAddressPrefix":"*","destinationAddressPrefix":"198.51.100.0/24","access":"Deny","priority":200,"direction":"Outbound"}},
                 {"id":"@net@/networkSecurityGroups/nsg1/securityRules/DenyToOrphanCidr","name":"DenyToOrphanCidr",
                  "properties":{"protocol":"*","sourcePortRange":"*","destinationPortRange":"3389","sourceAddressPrefix":"*","destinationAddressPrefix":"192.168.50.0/24","access":"Deny","priority":210,"direction":"Outbound"}}],
               "defaultSecurityRules":[
                 {"id":"@net@/networkSecurityGroups/nsg1/defaultSecurityRules/AllowVnetInBound","name":"AllowVnetInBound",
                  "properties":{"protocol":"*","sourcePortRange":"*","destinationPortRange":"*","sourceAddressPrefix":"VirtualNetwork","destinationAddressPrefix":"VirtualNetwork","access":"Allow","priority":65000,"direction":"Inbound"}},
                 {"id":"@net@/networkSecurityGroups/nsg1/defaultSecurityRules/AllowAzureLoadBalancerInBound","name":"AllowAzureLoadBalancerInBound",
                  "properties":{"protocol":"*","sourcePortRange":"*","destinationPortRange":"*","sourceAddressPrefix":"AzureLoadBalancer","destinationAddressPrefix":"*","access":"Allow","priority":65001,"direction":"Inbound"}},
                 {"id":"@net@/networkSecurityGroups/nsg1/defaultSecurityRules/DenyAllInBound","name":"DenyAllInBound",
                  "properties":{"protocol":"*","sourcePortRange":"*","destinationPortRange":"*","sourceAddressPrefix":"*","destinationAddressPrefix":"*","access":"Deny","priority":65500,"direction":"Inbound"}},
                 {"id":"@net@/networkSecurityGroups/nsg1/defaultSecurityRules/AllowInternetOutBound","name":"AllowInternetOutBound",
                  "properties":{"protocol":"*","sourcePortRange":"*","destinationPortRange":"*","sourceAddressPrefix":"*","destinationAddressPrefix":"Internet","access":"Allow","priority":65001,"direction":"Outbound"}}]}}
            """));
        t.Arm(s, "providers/Microsoft.Network/virtualNetworks", Fill("""
            {"id":"@net@/virtualNetworks/vnet1","name":"vnet1","type":"Microsoft.Network/virtualNetworks","location":"eastus","tags":{"environment":"Prod"},
             "properties":{"addressSpace":{"addressPrefixes":["10.0.0.0/16"]},"subnets":[
               {"id":"@net@/virtualNetworks/vnet1/subnets/sub1","name":"sub1","properties":{"addressPrefix":"10.0.1.0/24","networkSecurityGroup":{"id":"@net@/networkSecurityGroups/nsg1"}}},
               {"id":"@net@/virtualNetworks/vnet1/subnets/sub2","name":"sub2","properties":{"addressPrefix":"10.0.2.0/24"}}]}}
            """));
        t.Arm(s, "providers/Microsoft.Network/loadBalancers", Fill("""
            {"id":"@net@/loadBalancers/lb1","name":"lb1","type":"Microsoft.Network/loadBalancers","location":"eastus","sku":{"name":"Standard"},
             "properties":{"frontendIPConfigurations":[{"id":"@net@/loadBalancers/lb1/frontendIPConfigurations/fe","properties":{"publicIPAddress":{"id":"@net@/publicIPAddresses/pip1"}}}],
               "backendAddressPools":[{"id":"@net@/loadBalancers/lb1/backendAddressPools/be","properties":{"backendIPConfigurations":[
                 {"id":"@net@/networkInterfaces/nic1/ipConfigurations/ipconfig1"},{"id":"@net@/networkInterfaces/nic1/ipConfigurations/ipconfig2"}]}}]}}
            """));
        t.Arm(s, "providers/Microsoft.Compute/disks", Fill("""{"id":"@compute@/disks/vm1-os","name":"vm1-os","type":"Microsoft.Compute/disks","location":"eastus","managedBy":"@compute@/virtualMachines/vm1","sku":{"name":"Premium_LRS"},"properties":{"timeCreated":"2021-05-06T07:08:09Z","diskSizeGB":30,"diskState":"Attached","osType":"Linux","encryption":{"type":"EncryptionAtRestWithPlatformKey"}}}"""));
        t.Arm(s, "providers/Microsoft.Compute/disks", Fill("""{"id":"@compute@/disks/VM1-DATA","name":"vm1-data","type":"Microsoft.Compute/disks","location":"eastus","properties":{"diskSizeGB":128,"diskState":"Attached"}}"""));
        t.Arm(s, "providers/Microsoft.Compute/virtualMachines", Fill("""
            {"id":"@compute@/virtualMachines/vm1","name":"vm1","type":"Microsoft.Compute/virtualMachines","location":"eastus","tags":{"owner":"Ada"},
             "properties":{"vmId":"vm-guid-1","provisioningState":"Succeeded","hardwareProfile":{"vmSize":"Standard_B2s"},
               "storageProfile":{"imageReference":{"publisher":"Canonical","offer":"UbuntuServer","sku":"18.04-LTS","exactVersion":"18.04.202105120"},
                 "osDisk":{"osType":"Linux","name":"vm1-os","managedDisk":{"id":"@compute@/disks/vm1-os"}},
                 "dataDisks":[{"lun":0,"name":"vm1-data","managedDisk":{"id":"@compute@/disks/vm1-data"}}]},
               "osProfile":{"computerName":"vm1","adminUsername":"azureuser","linuxConfiguration":{"disablePasswordAuthentication":true}},
               "networkProfile":{"networkInterfaces":[{"id":"@net@/networkInterfaces/nic1"}]}}}
            """));
        t.Arm(s, "providers/Microsoft.Compute/images", Fill("""{"id":"@compute@/images/golden","name":"golden","type":"Microsoft.Compute/images","location":"eastus","properties":{"provisioningState":"Succeeded","hyperVGeneration":"V2"}}"""));

        t.Arm(s, "providers/Microsoft.KeyVault/vaults", Fill("""{"id":"@data@/Microsoft.KeyVault/vaults/kv1","name":"kv1","type":"Microsoft.KeyVault/vaults","location":"East US 2","tags":{"environment":"Prod"},"properties":{"vaultUri":"https://kv1.vault.azure.net/","enableSoftDelete":true,"enablePurgeProtection":true,"sku":{"name":"standard","family":"A"}}}"""));
        t.ArmAt($"{data}/Microsoft.KeyVault/vaults/kv1/providers/microsoft.insights/diagnosticSettings", Fill("""
            {"id":"subscriptions/{S}/resourcegroups/rg-data/providers/microsoft.keyvault/vaults/kv1/providers/microsoft.insights/diagnosticSettings/kv1-diag","name":"kv1-diag",
             "properties":{"storageAccountId":"@data@/Microsoft.Storage/storageAccounts/sa1",
               "logs":[{"category":"AuditEvent","enabled":true,"retentionPolicy":{"days":0,"enabled":false}}],
               "metrics":[{"category":"AllMetrics","enabled":true,"retentionPolicy":{"days":0,"enabled":false}}]}}
            """), s);

        t.Arm(s, "providers/Microsoft.Storage/storageAccounts", Fill("""
            {"id":"@data@/Microsoft.Storage/storageAccounts/sa1","name":"sa1","type":"Microsoft.Storage/storageAccounts","location":"eastus","kind":"StorageV2","sku":{"name":"Standard_LRS","tier":"Standard"},
             "properties":{"primaryEndpoints":{"blob":"https://sa1.blob.core.windows.net/","queue":"https://sa1.queue.core.windows.net/","table":"https://sa1.table.core.windows.net/","file":"https://sa1.file.core.windows.net/"},
               "supportsHttpsTrafficOnly":true,"allowBlobPublicAccess":true,
               "encryption":{"services":{"blob":{"enabled":true},"file":{"enabled":false}},"keySource":"Microsoft.Keyvault","keyvaultproperties":{"keyname":"cmk","keyversion":"1","keyvaulturi":"https://kv1.vault.azure.net"}}}}
            """));
        t.Arm(s, "providers/Microsoft.Storage/storageAccounts", Fill("""{"id":"@data@/Microsoft.Storage/storageAccounts/sa2","name":"sa2","type":"Microsoft.Storage/storageAccounts","location":"eastus","kind":"BlobStorage","sku":{"name":"Standard_LRS","tier":"Standard"},"properties":{"encryption":{"services":{"blob":{"enabled":true}},"keySource":"Microsoft.Storage"}}}"""));
        t.ArmAt($"{sa1}/blobServices/default/containers", Fill("""{"id":"@sa1@/blobServices/default/containers/public-assets","name":"public-assets","type":"Microsoft.Storage/storageAccounts/blobServices/containers","properties":{"publicAccess":"Container"}}"""), s);
        t.ArmAt($"{sa1}/fileServices/default/shares", Fill("""{"id":"@sa1@/fileServices/default/shares/share1","name":"share1","type":"Microsoft.Storage/storageAccounts/fileServices/shares","properties":{"shareQuota":100}}"""), s);
        t.ArmAt($"{sa1}/queueServices/default/queues", Fill("""{"id":"@sa1@/queueServices/default/queues/q1","name":"q1","type":"Microsoft.Storage/storageAccounts/queueServices/queues","properties":{}}"""), s);
        t.ArmAt($"{sa1}/tableServices/default/tables", Fill("""{"id":"@sa1@/tableServices/default/tables/t1","name":"t1","type":"Microsoft.Storage/storageAccounts/tableServices/tables","properties":{"tableName":"t1"}}"""), s);
        t.ArmAt($"{data}/Microsoft.Storage/storageAccounts/sa2/blobServices/default/containers", Fill("""{"id":"@data@/Microsoft.Storage/storageAccounts/sa2/blobServices/default/containers/private","name":"private","properties":{"publicAccess":"None"}}"""), s);

        t.Arm(s, "providers/Microsoft.Authorization/roleDefinitions", Fill("""{"id":"@auth@/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7","name":"acdd72a7-3385-48ef-bd42-f606fba81ae7","type":"Microsoft.Authorization/roleDefinitions","properties":{"roleName":"Reader","type":"BuiltInRole","assignableScopes":["/"],"permissions":[{"actions":["*/read"],"notActions":[],"dataActions":[],"notDataActions":[]}]}}"""));
        t.Arm(s, "providers/Microsoft.Authorization/roleDefinitions", Fill("""{"id":"@auth@/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe","name":"ba92f5b4-2d11-453d-a403-e96b0029c9fe","type":"Microsoft.Authorization/roleDefinitions","properties":{"roleName":"Storage Blob Data Contributor","type":"BuiltInRole","permissions":[{"actions":["Microsoft.Storage/storageAccounts/blobServices/containers/read"],"dataActions":["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"]}]}}"""));
        Assignment(t, s, auth, "ra-user", $"/subscriptions/{s}", "User", UserId, "acdd72a7-3385-48ef-bd42-f606fba81ae7");
        Assignment(t, s, auth, "ra-sp", $"/subscriptions/{s}/resourcegroups/RG-NET", "ServicePrincipal", "3c4d5e6f-0000-4000-8000-000000000030", "acdd72a7-3385-48ef-bd42-f606fba81ae7");
        Assignment(t, s, auth, "ra-msi", $"{net}/networkSecurityGroups/nsg1", "MSI", "4d5e6f70-0000-4000-8000-000000000040", "acdd72a7-3385-48ef-bd42-f606fba81ae7");
        Assignment(t, s, auth, "ra-group", sa1, "Group", "7b8c9d0e-0000-4000-8000-000000000010", "ba92f5b4-2d11-453d-a403-e96b0029c9fe");
        Assignment(t, s, auth, "ra-odd", $"{data}/Microsoft.KeyVault/vaults/kv1", "SomethingNew", "5e6f7081-0000-4000-8000-000000000050", "acdd72a7-3385-48ef-bd42-f606fba81ae7");
        Assignment(t, s, auth, "ra-vm", $"{compute}/virtualMachines/vm1", "ForeignGroup", "6f708192-0000-4000-8000-000000000060", "acdd72a7-3385-48ef-bd42-f606fba81ae7");
        t.Arm(s, "providers/Microsoft.Authorization/classicAdministrators", Fill("""{"id":"@auth@/classicAdministrators/a1","name":"a1","type":"Microsoft.Authorization/classicAdministrators","properties":{"emailAddress":"ada@contoso.com","role":"ServiceAdministrator;AccountAdministrator"}}"""));
        t.Arm(s, "providers/Microsoft.Authorization/classicAdministrators", Fill("""{"id":"@auth@/classicAdministrators/a2","name":"a2","type":"Microsoft.Authorization/classicAdministrators","properties":{"emailAddress":"","role":"CoAdministrator"}}"""));
        t.Arm(s, "providers/Microsoft.Authorization/policyAssignments", Fill("""
            {"id":"@auth@/policyAssignments/require-tags","name":"require-tags","type":"Microsoft.Authorization/policyAssignments",
             "properties":{"displayName":"Require a cost center tag","scope":"/subscriptions/{S}","policyDefinitionId":"/providers/Microsoft.Authorization/policyDefinitions/871b6d14","enforcementMode":"Default",
               "parameters":{"tagName":{"value":"costCenter"},"effects":{"value":["audit"]}},"metadata":{"assignedBy":"Ada Lovelace","createdOn":"2021-01-02T03:04:05Z"}}}
            """));

        t.Arm(s, "providers/microsoft.insights/logprofiles", Fill("""{"id":"/subscriptions/{S}/providers/microsoft.insights/logprofiles/default","name":"default","type":null,"properties":{"storageAccountId":"@sa1@","locations":["eastus","global"],"categories":["Write","Delete","Action"],"retentionPolicy":{"enabled":true,"days":90}}}"""));
        t.Arm(s, "providers/Microsoft.Security/assessments", Fill("""
            {"id":"/subscriptions/{S}/providers/Microsoft.Security/assessments/a1","name":"a1","type":"Microsoft.Security/assessments",
             "properties":{"displayName":"MFA should be enabled","status":{"code":"Unhealthy","cause":"","description":""},
               "resourceDetails":{"Source":"Azure","Id":"/subscriptions/{S}"},"metadata":{"displayName":"MFA","categories":["IdentityAndAccess"],"severity":"High","assessmentType":"BuiltIn"}}}
            """));
        t.Arm(s, "providers/Microsoft.Security/securityContacts", """{"id":"/subscriptions/{S}/providers/Microsoft.Security/securityContacts/default1","name":"default1","type":"Microsoft.Security/securityContacts","properties":{"email":"secops@contoso.com","phone":"+1 555 0199","alertNotifications":"On","alertsToAdmins":"On"}}""");
        t.Arm(s, "providers/Microsoft.Advisor/recommendations", Fill("""
            {"id":"@compute@/virtualMachines/vm1/providers/Microsoft.Advisor/recommendations/r1","name":"r1","type":"Microsoft.Advisor/recommendations",
             "properties":{"category":"Security","impact":"High","impactedField":"Microsoft.Compute/virtualMachines","impactedValue":"vm1","lastUpdated":"2021-03-04T05:06:07Z",
               "shortDescription":{"problem":"Disk encryption should be applied","solution":"Apply disk encryption"},
               "extendedProperties":{"assessmentKey":"a1","score":"7.5"},
               "resourceMetadata":{"resourceId":"@compute@/virtualMachines/vm1","source":"/subscriptions/{S}/providers/Microsoft.Security/assessments/a1"}}}
            """));
    }

    private static void Assignment(AzureTenant t, string s, string auth, string name, string scope, string principalType, string principalId, string definition)
    {
        string Fill(string json) => json.Replace("@scope@", scope, StringComparison.Ordinal).Replace("@name@", name, StringComparison.Ordinal)
            .Replace("@auth@", auth, StringComparison.Ordinal).Replace("@definition@", definition, StringComparison.Ordinal)
            .Replace("@principalId@", principalId, StringComparison.Ordinal).Replace("@principalType@", principalType, StringComparison.Ordinal);
        t.Arm(s, "providers/Microsoft.Authorization/roleAssignments", Fill("""
            {"id":"@scope@/providers/Microsoft.Authorization/roleAssignments/@name@","name":"@name@","type":"Microsoft.Authorization/roleAssignments",
             "properties":{"scope":"@scope@","roleDefinitionId":"@auth@/roleDefinitions/@definition@","principalId":"@principalId@","principalType":"@principalType@","canDelegate":false}}
            """));
    }
}
