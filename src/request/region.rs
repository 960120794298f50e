//! The regions where `ResetInstancesPassword` is available.

use core::fmt;

/// One of the 18 regions where `ResetInstancesPassword` is available, as the
/// vendor's page lists them; a request to any other region is answered
/// `UnsupportedRegion`.
///
/// Names are matched exactly as the API spells them: lowercase, with no
/// space around them. Tencent Cloud has CVM regions that are not here
/// ([`Region::LISTED_ELSEWHERE`]); the vendor's page does not list them for
/// this API.
///
/// ```
/// use cvm_password::Region;
///
/// assert_eq!(Region::from_name("ap-guangzhou"), Some(Region::ApGuangzhou));
/// assert_eq!(Region::ApShanghaiFsi.name(), "ap-shanghai-fsi");
/// assert_eq!(Region::from_name("AP-GUANGZHOU"), None);
/// assert_eq!(Region::ALL.len(), 18);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    /// `ap-bangkok`: Bangkok.
    ApBangkok,
    /// `ap-beijing`: Beijing.
    ApBeijing,
    /// `ap-chengdu`: Chengdu.
    ApChengdu,
    /// `ap-chongqing`: Chongqing.
    ApChongqing,
    /// `ap-guangzhou`: Guangzhou.
    ApGuangzhou,
    /// `ap-hongkong`: Hong Kong.
    ApHongkong,
    /// `ap-jakarta`: Jakarta.
    ApJakarta,
    /// `ap-nanjing`: Nanjing.
    ApNanjing,
    /// `ap-seoul`: Seoul.
    ApSeoul,
    /// `ap-shanghai`: Shanghai.
    ApShanghai,
    /// `ap-shanghai-fsi`: Shanghai Finance.
    ApShanghaiFsi,
    /// `ap-shenzhen-fsi`: Shenzhen Finance.
    ApShenzhenFsi,
    /// `ap-singapore`: Singapore.
    ApSingapore,
    /// `ap-tokyo`: Tokyo.
    ApTokyo,
    /// `eu-frankfurt`: Frankfurt.
    EuFrankfurt,
    /// `na-ashburn`: Virginia.
    NaAshburn,
    /// `na-siliconvalley`: Silicon Valley.
    NaSiliconvalley,
    /// `sa-saopaulo`: São Paulo.
    SaSaopaulo,
}

impl Region {
    /// The 18 regions, in the order of the vendor's page (alphabetical).
    pub const ALL: [Region; 18] = [
        Region::ApBangkok,
        Region::ApBeijing,
        Region::ApChengdu,
        Region::ApChongqing,
        Region::ApGuangzhou,
        Region::ApHongkong,
        Region::ApJakarta,
        Region::ApNanjing,
        Region::ApSeoul,
        Region::ApShanghai,
        Region::ApShanghaiFsi,
        Region::ApShenzhenFsi,
        Region::ApSingapore,
        Region::ApTokyo,
        Region::EuFrankfurt,
        Region::NaAshburn,
        Region::NaSiliconvalley,
        Region::SaSaopaulo,
    ];

    /// The date of the vendor's page that lists the 18 for this API.
    pub const LISTED_ON: &'static str = "2025-12-17";

    /// CVM regions the vendor names elsewhere but its page does not list for
    /// `ResetInstancesPassword`: `ap-guiyang` and `ap-xian-ec`, available
    /// for CVM in the `DescribeRegions` example of the pinned metadata
    /// (`tccli` 3.1.189.1), and `ap-guangzhou-open`, `ap-mumbai`,
    /// `eu-moscow` and `na-toronto`, among the Go SDK's region constants.
    /// A request there is warned about, not refused: the page may be out of
    /// date, or the region may refuse the API.
    pub const LISTED_ELSEWHERE: [&'static str; 6] = [
        "ap-guangzhou-open",
        "ap-guiyang",
        "ap-mumbai",
        "ap-xian-ec",
        "eu-moscow",
        "na-toronto",
    ];

    /// The region the API calls `name`, or `None` when `name` is not one of
    /// the 18, compared exactly.
    pub fn from_name(name: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.name() == name)
    }

    /// The name the API uses, such as `ap-guangzhou`.
    pub const fn name(self) -> &'static str {
        match self {
            Region::ApBangkok => "ap-bangkok",
            Region::ApBeijing => "ap-beijing",
            Region::ApChengdu => "ap-chengdu",
            Region::ApChongqing => "ap-chongqing",
            Region::ApGuangzhou => "ap-guangzhou",
            Region::ApHongkong => "ap-hongkong",
            Region::ApJakarta => "ap-jakarta",
            Region::ApNanjing => "ap-nanjing",
            Region::ApSeoul => "ap-seoul",
            Region::ApShanghai => "ap-shanghai",
            Region::ApShanghaiFsi => "ap-shanghai-fsi",
            Region::ApShenzhenFsi => "ap-shenzhen-fsi",
            Region::ApSingapore => "ap-singapore",
            Region::ApTokyo => "ap-tokyo",
            Region::EuFrankfurt => "eu-frankfurt",
            Region::NaAshburn => "na-ashburn",
            Region::NaSiliconvalley => "na-siliconvalley",
            Region::SaSaopaulo => "sa-saopaulo",
        }
    }
}

/// The API's name, such as `ap-guangzhou`.
impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
